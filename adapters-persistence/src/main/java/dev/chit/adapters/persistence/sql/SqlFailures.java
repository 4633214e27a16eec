package dev.chit.adapters.persistence.sql;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells what kind of constraint a failed statement broke, from the SQLSTATE the drivers
 * agree on, whatever Helidon wrapped the {@link SQLException} in.
 */
public final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    // PostgreSQL says 23514; H2 uses its own 23513 for the same thing.
    private static final Set<String> CHECK_VIOLATIONS = Set.of("23514", "23513");

    private SqlFailures() {
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
