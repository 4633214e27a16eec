package dev.chit.adapters.persistence.events;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.OrderEventSignals;
import dev.chit.domain.restaurant.RestaurantId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signals across instances through PostgreSQL {@code LISTEN}/{@code NOTIFY}. Each instance keeps
 * one connection of its own, outside the pool, listening on {@value #CHANNEL}; the payload is
 * {@code <restaurantId>:<seq>}, a pointer into the log and nothing more.
 *
 * <p>A dropped connection (a restarted database, a killed backend, a dead network) is noticed
 * by the failing read, or by a check every {@link #CHECK_EVERY} of quiet; the listener
 * reconnects with backoff and, once it listens again, says signals may have been missed, so the
 * relay reads every board's log: an outage of the listener loses nothing.
 */
public final class PostgresOrderEventSignals implements OrderEventSignals {

    public static final String CHANNEL = "chit_order_events";
    /** The listening connection's {@code application_name}, so operators (and tests) can find it. */
    public static final String APPLICATION_NAME = "chit-live-listener";

    private static final System.Logger LOG = System.getLogger(PostgresOrderEventSignals.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final AtomicLong reconnects = new AtomicLong();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    /** Listens on the database at {@code jdbcUrl} as {@code user} (the password is never logged). */
    public PostgresOrderEventSignals(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The {@code NOTIFY} every stored event sends, in its own transaction. */
    static final class Notify implements EventAnnouncer {

        private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', ?) AS sent";

        @Override
        public void announce(Statements sql, RestaurantId restaurantId, long seq) {
            sql.selectForEffect("order-event-notify", NOTIFY, restaurantId.value() + ":" + seq);
        }
    }

    public static EventAnnouncer announcer() {
        return new Notify();
    }

    @Override
    public synchronized void start(Listener listener) {
        if (running) {
            throw new IllegalStateException("already listening");
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("chit-live-listener").start(() -> listenUntilClosed(listener));
    }

    /** How often the listening connection was lost and made again since start-up. */
    public long reconnects() {
        return reconnects.get();
    }

    private void listenUntilClosed(Listener listener) {
        Duration backoff = FIRST_BACKOFF;
        boolean first = true;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    reconnects.incrementAndGet();
                    LOG.log(Level.INFO, "event=live-listener-reconnected");
                }
                first = false;
                backoff = FIRST_BACKOFF;
                // Whatever was committed while nobody listened is in the log: read it.
                listener.mayHaveMissed();
                relay(listening, listener);
            } catch (SQLException | RuntimeException lost) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "event=live-listener-lost error=\"{0}\" retryIn={1}", lost.getMessage(),
                        backoff);
                if (!sleep(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private void relay(Connection listening, Listener listener) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(Math.toIntExact(POLL.toMillis()));
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    signal(notification.getParameter(), listener);
                }
            } else if (System.nanoTime() - quietSince > CHECK_EVERY.toNanos()) {
                requirePrimary(listening);
                quietSince = System.nanoTime();
            }
        }
    }

    /**
     * A server demoted to a standby hears no NOTIFY of the new primary's commits: a listener
     * left on it would miss every event. Reconnecting finds the primary again (a multi-host url
     * with {@code targetServerType=primary}).
     */
    private static void requirePrimary(Connection listening) throws SQLException {
        try (Statement statement = listening.createStatement();
             var inRecovery = statement.executeQuery("SELECT pg_is_in_recovery()")) {
            if (inRecovery.next() && inRecovery.getBoolean(1)) {
                throw new SQLException("the listening connection's server is a standby now", "25006");
            }
        }
    }

    private static void signal(String payload, Listener listener) {
        int colon = payload.indexOf(':');
        try {
            listener.committed(new RestaurantId(UUID.fromString(payload.substring(0, colon))),
                    Long.parseLong(payload.substring(colon + 1)));
        } catch (RuntimeException unreadable) {
            // Not ours (someone else notifying on the channel): reading every board costs little.
            LOG.log(Level.WARNING, "event=live-signal-unreadable payload=\"{0}\"", payload);
            listener.mayHaveMissed();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    private boolean sleep(Duration backoff) {
        try {
            Thread.sleep(backoff);
            return true;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        Connection listening = connection;
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // Closing anyway.
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
