package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The guest's app of {@link GuestLanguagesContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresGuestLanguagesTest extends GuestLanguagesContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    String screenshotPrefix() {
        return "postgres";
    }
}
