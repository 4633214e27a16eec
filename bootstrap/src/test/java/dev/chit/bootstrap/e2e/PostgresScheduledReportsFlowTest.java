package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;

/** The scheduled reports of {@link ScheduledReportsFlowContract} on PostgreSQL, in a database of its own. */
class PostgresScheduledReportsFlowTest extends ScheduledReportsFlowContract {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }
}
