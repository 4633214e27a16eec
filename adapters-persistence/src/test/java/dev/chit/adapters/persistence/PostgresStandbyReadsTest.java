package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports and summaries through a "standby" on PostgreSQL: the replica URL names the test's own
 * database (a server not in recovery is never behind), so every sales-records contract runs on
 * the standby's pool, in its snapshots; and a standby that is down leaves the reads on the primary.
 * The choice by lag itself is {@code RoutedSalesRecordsTest}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStandbyReadsTest {

    private TestDatabase testDatabase;
    private Database database;
    private Fixtures fixtures;

    @BeforeAll
    void open() {
        testDatabase = TestDatabases.postgres();
        DatabaseSettings primary = testDatabase.settings();
        database = Database.open(primary, Optional.of(new ReplicaSettings(primary.jdbcUrl(), primary.effectiveUser(),
                primary.password(), ReplicaSettings.DEFAULT_MAX_LAG)));
        fixtures = new Fixtures(database);
    }

    @AfterAll
    void close() {
        if (database != null) {
            int leaked = database.connectionsInUse();
            database.close();
            assertThat(leaked).as("connections still checked out after the suite").isZero();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Nested
    class ReadingSalesRecordsFromTheStandby extends SalesRecordsContract {
        @Override
        protected Fixtures given() {
            return fixtures;
        }
    }

    @Test
    void theStandbysPool_isTheOneTheExportReadsOn() {
        var kitchen = fixtures.kitchen();
        kitchen.order().place();
        int[] standbyConnections = new int[1];

        database.salesRecords().inSnapshot(() -> {
            database.salesRecords().export(OrderQuery.all(kitchen.id()), order -> { });
            standbyConnections[0] = database.standbyConnectionsInUse();
            return null;
        });

        assertThat(standbyConnections[0]).isEqualTo(1);
    }

    @Test
    void aStandbyThatIsDown_doesNotStopTheStart_andItsReadsGoToThePrimary() {
        DatabaseSettings primary = testDatabase.settings();
        // Port 1: nothing listens, the connection is refused at once.
        try (Database withDeadStandby = Database.open(primary, Optional.of(new ReplicaSettings(
                "jdbc:postgresql://127.0.0.1:1/chit", primary.effectiveUser(), primary.password(),
                Duration.ofSeconds(10))))) {
            var kitchen = new Fixtures(withDeadStandby).kitchen();
            Order placed = kitchen.order().place();
            List<Order> exported = new ArrayList<>();

            withDeadStandby.salesRecords().inSnapshot(() -> {
                withDeadStandby.salesRecords().export(OrderQuery.all(kitchen.id()), exported::add);
                return null;
            });

            assertThat(exported).containsExactly(placed);
        }
    }
}
