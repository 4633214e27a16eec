package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** Menu photos on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresPhotoFlowTest extends PhotoFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
