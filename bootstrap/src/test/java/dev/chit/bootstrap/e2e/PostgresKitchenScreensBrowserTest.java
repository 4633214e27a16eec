package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The kitchen screens of {@link KitchenScreensBrowserContract} in Chromium, on PostgreSQL. */
class PostgresKitchenScreensBrowserTest extends KitchenScreensBrowserContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
