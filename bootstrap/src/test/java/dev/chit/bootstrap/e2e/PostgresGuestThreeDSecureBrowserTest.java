package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The guest's 3-D Secure flow of {@link GuestThreeDSecureBrowserContract} on PostgreSQL. */
class PostgresGuestThreeDSecureBrowserTest extends GuestThreeDSecureBrowserContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    String screenshotPrefix() {
        return "postgres";
    }
}
