package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The flows of {@link AcceptTimeoutContract} on PostgreSQL. */
class PostgresAcceptTimeoutTest extends AcceptTimeoutContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
