package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The guest's app of {@link GuestAppContract} on the embedded database, as {@code bin/chit} runs it. */
class H2GuestAppTest extends GuestAppContract {

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }

    @Override
    String screenshotPrefix() {
        return "h2";
    }
}
