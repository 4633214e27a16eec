package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The access matrix of {@link AccessMatrixContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresAccessMatrixTest extends AccessMatrixContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
