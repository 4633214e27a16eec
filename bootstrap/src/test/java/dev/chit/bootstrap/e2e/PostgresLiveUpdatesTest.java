package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The live updates of {@link LiveUpdatesContract} on PostgreSQL, through LISTEN/NOTIFY. */
class PostgresLiveUpdatesTest extends LiveUpdatesContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
