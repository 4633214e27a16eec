package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The guest's 3-D Secure flow of {@link GuestThreeDSecureBrowserContract} on the embedded database. */
class H2GuestThreeDSecureBrowserTest extends GuestThreeDSecureBrowserContract {

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
