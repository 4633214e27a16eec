package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The public directory and restaurant lists on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresDirectoryFlowTest extends DirectoryFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
