package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The guest's app of {@link GuestLanguagesContract} on the embedded database, as {@code bin/chit} runs it. */
class H2GuestLanguagesTest extends GuestLanguagesContract {

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
