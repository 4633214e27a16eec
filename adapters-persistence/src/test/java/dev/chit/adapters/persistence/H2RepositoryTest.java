package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.DisplayName;

import java.nio.file.Path;

/** The repository contracts on the embedded H2 database, in a temporary directory. */
@DisplayName("Repositories on embedded H2")
class H2RepositoryTest extends RepositoryContract {

    @Override
    TestDatabase createDatabase(Path directory) {
        return TestDatabases.h2(directory);
    }
}
