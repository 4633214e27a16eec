package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** Kitchen printers on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresPrintingFlowTest extends PrintingFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
