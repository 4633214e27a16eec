package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The flows of {@link ExportFlowContract} on PostgreSQL, in a database of its own that is dropped afterwards. */
class PostgresExportFlowTest extends ExportFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
