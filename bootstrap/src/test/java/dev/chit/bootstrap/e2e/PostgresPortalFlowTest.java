package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The portal of {@link PortalFlowContract} in Chromium, on PostgreSQL (events through LISTEN/NOTIFY). */
class PostgresPortalFlowTest extends PortalFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
