package dev.chit.bootstrap.e2e;


import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
/** Checkout through Stripe (a stand-in on loopback) on PostgreSQL, in a database of its own. */
class PostgresStripeCheckoutTest extends StripeCheckoutContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
