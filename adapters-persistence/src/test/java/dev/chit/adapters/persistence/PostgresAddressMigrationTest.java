package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

import java.nio.file.Path;

/** Skipped (loudly) when no PostgreSQL is reachable, unless {@code CHIT_REQUIRE_PG=true}. */
class PostgresAddressMigrationTest extends AddressMigrationContract {

    @Override
    TestDatabase createDatabase(Path directory) {
        return TestDatabases.postgres();
    }
}
