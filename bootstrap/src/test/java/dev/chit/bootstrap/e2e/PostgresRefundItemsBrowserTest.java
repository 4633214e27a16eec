package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The portal of {@link RefundItemsBrowserContract} in Chromium, on PostgreSQL. */
class PostgresRefundItemsBrowserTest extends RefundItemsBrowserContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
