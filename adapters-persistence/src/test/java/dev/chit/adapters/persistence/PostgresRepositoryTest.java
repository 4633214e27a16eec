package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.DisplayName;

import java.nio.file.Path;

/**
 * The repository contracts on PostgreSQL, in a database made for the run and dropped after
 * it. Skipped (loudly) when no server is reachable, unless {@code CHIT_REQUIRE_PG=true}.
 */
@DisplayName("Repositories on PostgreSQL")
class PostgresRepositoryTest extends RepositoryContract {

    @Override
    TestDatabase createDatabase(Path directory) {
        return TestDatabases.postgres();
    }
}
