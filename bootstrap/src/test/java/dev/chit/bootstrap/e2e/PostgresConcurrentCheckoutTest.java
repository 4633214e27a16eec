package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The concurrent checkouts of {@link ConcurrentCheckoutContract} on PostgreSQL, in a database of its own. */
class PostgresConcurrentCheckoutTest extends ConcurrentCheckoutContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
