package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** Refunds by line on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresLineRefundFlowTest extends LineRefundFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
