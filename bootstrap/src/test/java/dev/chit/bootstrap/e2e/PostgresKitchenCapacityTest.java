package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The flows of {@link KitchenCapacityContract} on PostgreSQL. */
class PostgresKitchenCapacityTest extends KitchenCapacityContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
