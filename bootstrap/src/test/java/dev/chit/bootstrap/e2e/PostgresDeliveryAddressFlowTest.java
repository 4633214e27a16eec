package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The delivery address flow on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresDeliveryAddressFlowTest extends DeliveryAddressFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
