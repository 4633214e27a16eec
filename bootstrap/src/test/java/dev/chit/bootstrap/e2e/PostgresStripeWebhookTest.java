package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** Stripe's webhook (a stand-in for Stripe on loopback) on PostgreSQL, in a database of its own. */
class PostgresStripeWebhookTest extends StripeWebhookContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
