package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Stripe's webhook (a stand-in for Stripe on loopback) on the embedded database. */
class H2StripeWebhookTest extends StripeWebhookContract {

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }
}
