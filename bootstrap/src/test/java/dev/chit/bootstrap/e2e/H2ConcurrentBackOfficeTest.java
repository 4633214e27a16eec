package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The races of {@link ConcurrentBackOfficeContract} on the embedded database, as {@code bin/chit} runs it. */
class H2ConcurrentBackOfficeTest extends ConcurrentBackOfficeContract {

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }
}
