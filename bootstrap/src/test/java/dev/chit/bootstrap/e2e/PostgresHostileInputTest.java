package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The fuzz test of {@link HostileInputContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresHostileInputTest extends HostileInputContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
