package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The hostile socket clients of {@link HostileSocketsContract} on PostgreSQL, where events travel by LISTEN/NOTIFY. */
class PostgresHostileSocketsTest extends HostileSocketsContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
