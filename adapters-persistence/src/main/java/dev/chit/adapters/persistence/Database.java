package dev.chit.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chit.adapters.persistence.events.InProcessOrderEventSignals;
import dev.chit.adapters.persistence.events.PostgresOrderEventSignals;
import dev.chit.adapters.persistence.events.SqlOrderEvents;
import dev.chit.adapters.persistence.idempotency.SqlIdempotencyKeys;
import dev.chit.adapters.persistence.menus.SqlMenus;
import dev.chit.adapters.persistence.orders.SqlKitchenLoads;
import dev.chit.adapters.persistence.orders.SqlAwaitingPayments;
import dev.chit.adapters.persistence.orders.SqlMissedOrders;
import dev.chit.adapters.persistence.orders.SqlBoards;
import dev.chit.adapters.persistence.orders.SqlOrders;
import dev.chit.adapters.persistence.orders.RoutedSalesRecords;
import dev.chit.adapters.persistence.orders.SqlSalesRecords;
import dev.chit.adapters.persistence.orders.StandbyLag;
import dev.chit.adapters.persistence.orders.SqlScheduledOrders;
import dev.chit.adapters.persistence.outbox.SqlOutbox;
import dev.chit.adapters.persistence.undelivered.SqlDeadLetters;
import dev.chit.adapters.persistence.photos.SqlPhotos;
import dev.chit.adapters.persistence.reports.SqlReports;
import dev.chit.adapters.persistence.printing.SqlPrintJobs;
import dev.chit.adapters.persistence.printing.SqlPrinters;
import dev.chit.adapters.persistence.webhooks.SqlWebhooks;
import dev.chit.adapters.persistence.payments.SqlPaymentOperations;
import dev.chit.adapters.persistence.payments.SqlReceivedPaymentEvents;
import dev.chit.adapters.persistence.restaurants.RestaurantCounters;
import dev.chit.adapters.persistence.restaurants.SqlRestaurants;
import dev.chit.adapters.persistence.sql.FailoverEviction;
import dev.chit.adapters.persistence.sql.PooledConnections;
import dev.chit.adapters.persistence.sql.SqlTransactions;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.adapters.persistence.promotions.SqlPromotions;
import dev.chit.adapters.persistence.portions.SqlPortions;
import dev.chit.adapters.persistence.stations.SqlStations;
import dev.chit.adapters.persistence.staff.SqlLoginFailures;
import dev.chit.adapters.persistence.staff.SqlSessions;
import dev.chit.adapters.persistence.staff.SqlUsers;
import dev.chit.domain.port.Boards;
import dev.chit.domain.port.IdempotencyKeys;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.LoginFailures;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Photos;
import dev.chit.domain.port.AwaitingPayments;
import dev.chit.domain.port.MissedOrders;
import dev.chit.domain.port.OrderEventLog;
import dev.chit.domain.port.OrderEventSignals;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.port.PrintJobs;
import dev.chit.domain.port.Printers;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.port.ReceivedPaymentEvents;
import dev.chit.domain.port.Reports;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.port.Portions;
import dev.chit.domain.port.Stations;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.port.ScheduledOrders;
import dev.chit.domain.port.Sessions;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.Users;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Chit's database, opened: the connection pool, the schema brought up to date, and the
 * repositories the application's ports need. The composition root opens one at start-up and
 * closes it at shutdown.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private static final String HEALTH_CHECK = "SELECT 1 AS alive";
    private static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration STANDBY_WAIT = Duration.ofSeconds(1);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Optional<HikariDataSource> standbyPool;
    private final DbClient client;
    private final SqlTransactions transactions;
    private final Statements statements;
    private final SqlOrders orders;
    private final SqlKitchenLoads kitchenLoads;
    private final SqlMissedOrders missedOrders;
    private final SqlAwaitingPayments awaitingPayments;
    private final SqlRestaurants restaurants;
    private final SqlMenus menus;
    private final SqlUsers users;
    private final SqlSessions sessions;
    private final SqlLoginFailures loginFailures;
    private final SqlIdempotencyKeys idempotencyKeys;
    private final SqlOrderEvents orderEvents;
    private final OrderEventSignals orderEventSignals;
    private final SqlBoards boards;
    private final SqlScheduledOrders scheduledOrders;
    private final SqlReceivedPaymentEvents receivedPaymentEvents;
    private final SqlPaymentOperations paymentOperations;
    private final SqlOutbox outbox;
    private final SqlWebhooks webhooks;
    private final SqlDeadLetters deadLetters;
    private final SalesRecords salesRecords;
    private final SqlReports reports;
    private final SqlPrinters printers;
    private final SqlPrintJobs printJobs;
    private final SqlStations stations;
    private final SqlPromotions promotions;
    private final SqlPortions portions;
    private final SqlPhotos photos;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, Optional<ReplicaSettings> replica) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.standbyPool = replica.map(standby -> new HikariDataSource(standbyPoolConfig(settings, standby)));
        PooledConnections connections = new PooledConnections(dataSource,
                settings.isEmbedded() ? "jdbc:h2" : "jdbc:postgresql");
        this.client = JdbcClientBuilder.create().connectionPool(connections).build();
        this.transactions = new SqlTransactions(client, connections, !settings.isEmbedded());
        this.statements = new Statements(transactions);
        RestaurantCounters counters = new RestaurantCounters(statements, !settings.isEmbedded());
        this.orders = new SqlOrders(statements, counters, !settings.isEmbedded());
        this.kitchenLoads = new SqlKitchenLoads(statements);
        this.missedOrders = new SqlMissedOrders(statements);
        this.awaitingPayments = new SqlAwaitingPayments(statements);
        this.restaurants = new SqlRestaurants(statements);
        this.menus = new SqlMenus(statements);
        this.users = new SqlUsers(statements);
        this.sessions = new SqlSessions(statements);
        this.loginFailures = new SqlLoginFailures(statements);
        this.idempotencyKeys = new SqlIdempotencyKeys(statements);
        if (settings.isEmbedded()) {
            var inProcess = new InProcessOrderEventSignals();
            this.orderEventSignals = inProcess;
            this.orderEvents = new SqlOrderEvents(statements, counters, inProcess);
        } else {
            this.orderEventSignals = new PostgresOrderEventSignals(settings.jdbcUrl(), settings.effectiveUser(),
                    settings.password());
            this.orderEvents = new SqlOrderEvents(statements, counters, PostgresOrderEventSignals.announcer());
        }
        this.boards = new SqlBoards(statements);
        this.scheduledOrders = new SqlScheduledOrders(statements);
        this.paymentOperations = new SqlPaymentOperations(statements);
        this.receivedPaymentEvents = new SqlReceivedPaymentEvents(statements);
        this.outbox = new SqlOutbox(statements, !settings.isEmbedded());
        this.webhooks = new SqlWebhooks(statements, !settings.isEmbedded());
        this.deadLetters = new SqlDeadLetters(outbox, webhooks);
        SqlSalesRecords onPrimary = new SqlSalesRecords(statements, !settings.isEmbedded());
        this.salesRecords = replica.<SalesRecords>map(standby -> {
            Statements onStandby = statementsOn(standbyPool.orElseThrow(), true);
            return new RoutedSalesRecords(onPrimary, new SqlSalesRecords(onStandby, true), new StandbyLag(onStandby)::now,
                    standby.maxLag());
        }).orElse(onPrimary);
        this.reports = new SqlReports(statements);
        this.printers = new SqlPrinters(statements);
        this.printJobs = new SqlPrintJobs(statements, !settings.isEmbedded());
        this.stations = new SqlStations(statements);
        this.promotions = new SqlPromotions(statements);
        this.portions = new SqlPortions(statements);
        this.photos = new SqlPhotos(statements);
    }

    /**
     * Connects, and migrates the schema to the newest version before anything else touches it.
     *
     * @throws RuntimeException when the database cannot be reached or migrated; nothing is left open then
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, Optional.empty());
    }

    /**
     * As {@link #open(DatabaseSettings)}, with a standby for the reads that may lag (exports,
     * summaries, reports). A standby that is down does not stop the start: its reads go to the primary.
     *
     * @throws IllegalArgumentException for a standby beside the embedded database
     */
    public static Database open(DatabaseSettings settings, Optional<ReplicaSettings> replica) {
        if (settings.isEmbedded() && replica.isPresent()) {
            throw new IllegalArgumentException("CHIT_DB_REPLICA_URL needs CHIT_DB_URL: a standby of the"
                    + " embedded database cannot exist");
        }
        if (settings.isEmbedded()) {
            createDataDirectory(settings);
        }
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
        try {
            int applied = Flyway.configure()
                    .dataSource(dataSource)
                    // What differs between the two databases is in a folder of each.
                    .locations("classpath:db/migration",
                            "classpath:db/vendor/" + (settings.isEmbedded() ? "h2" : "postgresql"))
                    // H2 names unnamed checks its own way: dropping them takes a look first.
                    .javaMigrations(settings.isEmbedded()
                            ? new JavaMigration[] {new V85__drop_order_status_checks()}
                            : new JavaMigration[0])
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.log(Level.INFO, "event=database-ready database=\"{0}\" migrationsApplied={1}",
                    settings.describe(), applied);
            replica.ifPresent(standby -> LOG.log(Level.INFO, "event=standby-configured standby=\"{0}\" maxLag={1}",
                    standby.toString(), standby.maxLag()));
            return new Database(settings, dataSource, replica);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public Orders orders() {
        return orders;
    }

    /** Report schedules and the reports made from them. */
    public Reports reports() {
        return reports;
    }

    /** The orders read in bulk, from one snapshot: exports and reports. */
    public SalesRecords salesRecords() {
        return salesRecords;
    }

    public KitchenLoads kitchenLoads() {
        return kitchenLoads;
    }

    public MissedOrders missedOrders() {
        return missedOrders;
    }

    /** Orders waiting for the guest's bank (3-D Secure), for the job that gives up abandoned ones. */
    public AwaitingPayments awaitingPayments() {
        return awaitingPayments;
    }

    public Restaurants restaurants() {
        return restaurants;
    }

    public Photos photos() {
        return photos;
    }

    public Menus menus() {
        return menus;
    }

    /** Each restaurant's promo codes and their redemptions. */
    public Promotions promotions() {
        return promotions;
    }

    /** Portions left and items sold out until a time. */
    public Portions portions() {
        return portions;
    }

    /** Each restaurant's kitchen stations. */
    public Stations stations() {
        return stations;
    }

    public Users users() {
        return users;
    }

    public Sessions sessions() {
        return sessions;
    }

    public LoginFailures loginFailures() {
        return loginFailures;
    }

    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    /** The publisher of order events; it also reads them back for boards that resume. */
    public SqlOrderEvents orderEvents() {
        return orderEvents;
    }

    /** The order events as stored, per restaurant in {@code seq} order: what live boards read and replay. */
    public OrderEventLog orderEventLog() {
        return orderEvents;
    }

    /**
     * Word of committed order events from every instance on this database: {@code LISTEN} on a
     * connection of its own on PostgreSQL, in-process signals on the embedded database.
     */
    public OrderEventSignals orderEventSignals() {
        return orderEventSignals;
    }

    /** What the kitchen's live board shows: its snapshot. */
    public Boards boards() {
        return boards;
    }

    /** Orders scheduled for later, until they are fired to the kitchen. */
    public ScheduledOrders scheduledOrders() {
        return scheduledOrders;
    }

    /** The record of every call to the card network. */
    public PaymentOperations paymentOperations() {
        return paymentOperations;
    }

    /** The card network's events acted on, by their ids. */
    public ReceivedPaymentEvents receivedPaymentEvents() {
        return receivedPaymentEvents;
    }

    /** The guest's emails waiting to be sent (and those given up on). */
    public Outbox outbox() {
        return outbox;
    }

    /** The restaurants' webhooks, their deliveries waiting to be sent, and the attempts at them. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** The emails and webhook deliveries given up on, for managers to see and send again. */
    public DeadLetters deadLetters() {
        return deadLetters;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Whether the database answers a trivial query within two seconds; for the readiness
     * check, which must answer quickly even when the database hangs or the pool is exhausted.
     */
    public boolean isHealthy() {
        try {
            // On a thread of its own: outside any transaction of the caller, and abandonable.
            return CompletableFuture.supplyAsync(() -> client.execute().get(HEALTH_CHECK).isPresent(),
                            task -> Thread.ofVirtual().name("chit-db-health").start(task))
                    .get(HEALTH_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "event=health-check-timeout after={0} database=\"{1}\"", HEALTH_CHECK_TIMEOUT,
                    settings.describe());
            return false;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "event=health-check-failed database=\"{0}\" cause=\"{1}\"", settings.describe(),
                    e.getCause().getMessage());
            return false;
        }
    }

    /** Where the data is, without credentials: "embedded H2 at /var/chit/chit", "PostgreSQL at jdbc:...". */
    public String describe() {
        return settings.describe();
    }

    @Override
    public void close() {
        orderEventSignals.close();
        client.close();
        dataSource.close();
        standbyPool.ifPresent(HikariDataSource::close);
    }

    /** For tests in this module: statements on the same pool and transactions. */
    Statements statements() {
        return statements;
    }

    /** For tests in this module: connections checked out of the pools (the standby's too) right now. */
    int connectionsInUse() {
        return dataSource.getHikariPoolMXBean().getActiveConnections()
                + standbyPool.map(pool -> pool.getHikariPoolMXBean() == null ? 0
                        : pool.getHikariPoolMXBean().getActiveConnections()).orElse(0);
    }

    /** For tests in this module: connections checked out of the standby's pool right now. */
    int standbyConnectionsInUse() {
        return standbyPool.map(pool -> pool.getHikariPoolMXBean().getActiveConnections()).orElse(0);
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("chit");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.effectiveUser());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        // A request waiting longer than this for a connection is better answered "try again"
        // (a 503): with the database away, waiting longer only piles requests up.
        config.setConnectionTimeout(settings.poolTimeout().toMillis());
        if (!settings.isEmbedded()) {
            // Helidon binds UUIDs as strings; "unspecified" lets PostgreSQL type such a parameter
            // from its column (uuid) instead of insisting on varchar.
            config.addDataSourceProperty("stringtype", "unspecified");
            config.addDataSourceProperty("ApplicationName", "chit");
            // A host that does not answer (a primary gone without a word) must not hold a
            // connection, or a request, forever; settings in the url itself win over these.
            config.addDataSourceProperty("connectTimeout", Long.toString(settings.connectTimeout().toSeconds()));
            config.addDataSourceProperty("socketTimeout", Long.toString(settings.socketTimeout().toSeconds()));
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
        // A connection that met a failover (read-only, silent socket) is dropped, not reused.
        config.setExceptionOverride(new FailoverEviction());
        return config;
    }

    // A client of its own on the standby: its transactions are apart from the primary's.
    private static Statements statementsOn(HikariDataSource pool, boolean postgres) {
        PooledConnections connections = new PooledConnections(pool, "jdbc:postgresql");
        DbClient standbyClient = JdbcClientBuilder.create().connectionPool(connections).build();
        return new Statements(new SqlTransactions(standbyClient, connections, postgres));
    }

    private static HikariConfig standbyPoolConfig(DatabaseSettings primary, ReplicaSettings standby) {
        HikariConfig config = poolConfig(primary);
        config.setPoolName("chit-standby");
        config.setJdbcUrl(standby.url());
        config.setUsername(standby.user());
        config.setPassword(standby.password());
        // Exports and reports are few: a small pool, and none kept idle.
        config.setMaximumPoolSize(Math.min(4, primary.maxPoolSize()));
        config.setMinimumIdle(0);
        // A standby that does not answer costs each export a second before it reads the primary.
        config.setConnectionTimeout(Math.min(primary.poolTimeout().toMillis(), STANDBY_WAIT.toMillis()));
        config.addDataSourceProperty("ApplicationName", "chit-standby-reads");
        // A standby that is down at start-up only sends its reads to the primary.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private static void createDataDirectory(DatabaseSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
    }

    /** The restaurants' kitchen printers, with how each was last seen. */
    public Printers printers() {
        return printers;
    }

    /** The print queue: one job per ticket, printed once. */
    public PrintJobs printJobs() {
        return printJobs;
    }
}
