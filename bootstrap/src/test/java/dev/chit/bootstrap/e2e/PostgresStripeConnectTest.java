package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** Stripe Connect and abandoned 3-D Secure checkouts (a Stripe stand-in on loopback) on PostgreSQL. */
class PostgresStripeConnectTest extends StripeConnectContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
