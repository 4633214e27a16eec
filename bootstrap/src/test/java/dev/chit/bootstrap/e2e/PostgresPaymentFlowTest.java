package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** Card payments through an order's life on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresPaymentFlowTest extends PaymentFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
