package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** 3-D Secure checkouts on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresThreeDSecureTest extends ThreeDSecureContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
