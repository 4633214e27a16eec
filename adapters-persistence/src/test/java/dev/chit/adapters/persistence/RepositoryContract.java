package dev.chit.adapters.persistence;

import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository contract suite: every contract, run on one database made for the run and
 * migrated from scratch. A subclass per database says which. Tests make their own restaurant
 * and never depend on what other tests stored, so they share the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoryContract {

    private TestDatabase testDatabase;
    private Database database;
    private Fixtures fixtures;
    // Why the database is missing, when it is: each test is then skipped on its own, so that
    // the report counts them as skipped instead of silently running none.
    private TestAbortedException unavailable;

    /** The database to run the contracts on; {@code directory} is a fresh temporary directory. */
    abstract TestDatabase createDatabase(Path directory);

    @BeforeAll
    void openDatabase(@TempDir Path directory) {
        try {
            testDatabase = createDatabase(directory);
        } catch (TestAbortedException e) {
            unavailable = e;
            return;
        }
        database = Database.open(testDatabase.settings());
        fixtures = new Fixtures(database);
    }

    private Fixtures fixtures() {
        if (unavailable != null) {
            throw unavailable;
        }
        return fixtures;
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            int leaked = database.connectionsInUse();
            database.close();
            // Every statement, failed ones included, must give its connection back.
            assertThat(leaked).as("connections still checked out after the suite").isZero();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Nested
    class StoringOrders extends OrdersContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class KeepingPhotos extends PhotosContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class ReadingSalesRecords extends SalesRecordsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class SearchingOrders extends OrderSearchContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class NumberingOrders extends OrderNumbersContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class PublishingOrderEvents extends OrderEventsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class ClaimingIdempotencyKeys extends IdempotencyKeysContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class CountingPortions extends PortionsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class StoringMenus extends MenusContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }

        @Override
        protected DatabaseSettings sameDatabase() {
            return testDatabase.settings();
        }
    }

    @Nested
    class StoringRestaurants extends RestaurantsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class StoringUsers extends UsersContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class ListingStaff extends StaffContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class StoringSessions extends SessionsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class CountingLoginFailures extends LoginFailuresContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class MakingAdmins extends AdminsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class RecordingPaymentOperations extends PaymentOperationsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class KeepingTheOutbox extends OutboxContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class KeepingStations extends StationsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class KeepingPrinters extends PrintersContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class KeepingPromotions extends PromotionsContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class KeepingWebhooks extends WebhooksContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        protected Fixtures given() {
            return fixtures();
        }
    }
}
