package dev.chit.adapters.persistence.sql;

import dev.chit.domain.port.DatabaseUnavailable;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells what kind of constraint a failed statement broke, or whether the database was
 * away, from the SQLSTATE the drivers agree on, whatever Helidon wrapped the
 * {@link SQLException} in.
 */
public final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    // PostgreSQL says 23514; H2 uses its own 23513 for the same thing.
    private static final Set<String> CHECK_VIOLATIONS = Set.of("23514", "23513");

    // Class 08 is "connection exception" (refused, broken, closed); 57P01-57P03 are a server
    // shutting down, crashed, or still starting; 53300 is a server out of connection slots.
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_AWAY = Set.of("57P01", "57P02", "57P03", "53300");
    // A write on a server that is (no longer) the primary: after a failover, a pooled connection
    // to the old primary, now a standby. Not the client's fault; the next connection finds the
    // new primary (targetServerType=primary).
    private static final String READ_ONLY_TRANSACTION = "25006";

    private SqlFailures() {
    }

    /**
     * {@code failure} as the application should see it: a {@link DatabaseUnavailable} when the
     * database could not be reached (or no pooled connection came in time), else unchanged.
     */
    public static RuntimeException unavailableOr(RuntimeException failure) {
        if (failure instanceof DatabaseUnavailable || !isDatabaseAway(failure)) {
            return failure;
        }
        return new DatabaseUnavailable("the database cannot be reached: " + failure.getMessage(), failure);
    }

    /** Whether the database was away (restarting, unreachable, out of connections) rather than refusing the statement. */
    public static boolean isDatabaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_AWAY.contains(sql.getSQLState())
                    || READ_ONLY_TRANSACTION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} says the connection it came from leads to a server that is no
     * longer the primary, or to none: a read-only error or a dead or silent socket. The pool
     * must drop such a connection.
     */
    public static boolean isFailover(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && READ_ONLY_TRANSACTION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return sqlState(failure).map(UNIQUE_VIOLATION::equals).orElse(false);
    }

    public static boolean isCheckViolation(Throwable failure) {
        return sqlState(failure).map(CHECK_VIOLATIONS::contains).orElse(false);
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
