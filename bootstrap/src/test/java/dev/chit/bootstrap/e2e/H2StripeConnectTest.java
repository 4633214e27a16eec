package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Stripe Connect and abandoned 3-D Secure checkouts (a Stripe stand-in on loopback) on the embedded database. */
class H2StripeConnectTest extends StripeConnectContract {

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }
}
