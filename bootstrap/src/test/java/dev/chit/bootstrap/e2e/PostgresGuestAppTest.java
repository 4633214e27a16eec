package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The guest's app of {@link GuestAppContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresGuestAppTest extends GuestAppContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    String screenshotPrefix() {
        return "postgres";
    }
}
