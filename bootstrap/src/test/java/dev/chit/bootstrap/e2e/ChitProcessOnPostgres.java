package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A test that runs Chit as processes of its own ({@link ChitProcess}) on a PostgreSQL database
 * made for it and dropped after it, and looks at the rows directly.
 */
abstract class ChitProcessOnPostgres {

    TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.postgres();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** A connection of the test's own, beside the servers'. */
    Connection connect() throws SQLException {
        var settings = database.settings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(), settings.password());
    }
}
