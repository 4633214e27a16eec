package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

import java.nio.file.Path;

class H2AddressMigrationTest extends AddressMigrationContract {

    @Override
    TestDatabase createDatabase(Path directory) {
        return TestDatabases.h2(directory);
    }
}
