package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The sandbox's 3-D Secure check of {@link SandboxAuthenticationContract} on PostgreSQL. */
class PostgresSandboxAuthenticationTest extends SandboxAuthenticationContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
