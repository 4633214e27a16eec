package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The races of {@link ConcurrentBackOfficeContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresConcurrentBackOfficeTest extends ConcurrentBackOfficeContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
