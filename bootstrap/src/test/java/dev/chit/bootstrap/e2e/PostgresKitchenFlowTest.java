package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The flows of {@link KitchenFlowContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresKitchenFlowTest extends KitchenFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
