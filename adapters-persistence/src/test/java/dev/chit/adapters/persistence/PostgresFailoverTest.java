package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.domain.port.DatabaseUnavailable;
import dev.chit.domain.port.IdempotencyKeys.Claim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a failover looks like to the pool: its connections lead to a server that became a
 * standby and answers every write "read-only transaction" (25006). Such a write is the database
 * being unavailable (a 503, not a 500), and the connection is dropped, so once a writable
 * server is there again, writes succeed instead of failing on the pooled connection forever.
 */
class PostgresFailoverTest {

    private TestDatabase testDatabase;
    private Database database;

    @BeforeEach
    void open() {
        testDatabase = TestDatabases.postgres();
        database = Database.open(testDatabase.settings());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void aWriteOnADemotedServer_isUnavailable_andItsConnectionIsDropped() throws Exception {
        // The pool's connections now lead to a server that refuses writes, as a demoted primary does.
        admin("ALTER DATABASE %s SET default_transaction_read_only = on");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%s' AND pid <> pg_backend_pid()");
        assertThatThrownBy(this::write).isInstanceOf(DatabaseUnavailable.class);

        // The new primary is there; the connections opened while the old one refused writes are not.
        admin("ALTER DATABASE %s RESET default_transaction_read_only");
        int failed = 0;
        for (int attempt = 0; attempt < 30 && !writes(); attempt++) {
            failed++;
        }

        assertThat(failed).as("writes refused on read-only connections before the pool dropped them")
                .isLessThan(testDatabase.settings().maxPoolSize());
        for (int write = 0; write < 5; write++) {
            assertThat(write()).isEqualTo(new Claim.Claimed());
        }
    }

    private boolean writes() {
        try {
            write();
            return true;
        } catch (DatabaseUnavailable readOnly) {
            return false;
        }
    }

    private Claim write() {
        Instant now = Instant.now();
        return database.idempotencyKeys().claim("failover", UUID.randomUUID().toString(), "fingerprint", "holder",
                now, now.plusSeconds(12));
    }

    private void admin(String statementOnThisDatabase) throws SQLException {
        var settings = testDatabase.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(),
                settings.password());
             Statement statement = connection.createStatement()) {
            // This session too would start read-only while the database is set so.
            statement.execute("SET default_transaction_read_only = off");
            String name;
            try (var row = statement.executeQuery("SELECT current_database()")) {
                row.next();
                name = row.getString(1);
            }
            statement.execute(statementOnThisDatabase.formatted(name));
        }
    }
}
