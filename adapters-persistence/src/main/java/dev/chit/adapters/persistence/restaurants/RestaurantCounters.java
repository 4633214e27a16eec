package dev.chit.adapters.persistence.restaurants;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.restaurant.RestaurantId;

import static dev.chit.adapters.persistence.sql.Columns.longValue;

/**
 * The per-restaurant counters: order numbers and live-board event sequence numbers. Each is
 * taken by incrementing it on the restaurant's row and reading the new value back in the same
 * statement: the row lock makes concurrent takers queue until the taker's transaction ends, so
 * numbers are unique, and a rolled-back transaction gives its number back, so they have no gaps.
 *
 * <p>The increment and its read are one statement, one round trip under the lock: PostgreSQL
 * says {@code UPDATE ... RETURNING}, H2 {@code SELECT ... FROM FINAL TABLE (UPDATE ...)}.
 */
public final class RestaurantCounters {

    private final Statements sql;
    private final String nextOrderNumber;
    private final String nextEventSeq;

    /** @param postgres whether the database is PostgreSQL (else H2) */
    public RestaurantCounters(Statements sql, boolean postgres) {
        this.sql = sql;
        this.nextOrderNumber = increment("last_order_number", postgres);
        this.nextEventSeq = increment("last_event_seq", postgres);
    }

    private static String increment(String column, boolean postgres) {
        String update = "UPDATE restaurants SET " + column + " = " + column + " + 1 WHERE id = ?";
        return postgres
                ? update + " RETURNING " + column
                : "SELECT " + column + " FROM FINAL TABLE (" + update + ")";
    }

    public long nextOrderNumber(RestaurantId restaurantId) {
        return next(restaurantId, "restaurant-next-order-number", nextOrderNumber, "last_order_number");
    }

    public long nextEventSeq(RestaurantId restaurantId) {
        return next(restaurantId, "restaurant-next-event-seq", nextEventSeq, "last_event_seq");
    }

    private long next(RestaurantId restaurantId, String name, String increment, String column) {
        return sql.inTransaction(() -> sql.get(name, increment, restaurantId.value())
                .map(row -> longValue(row, column))
                .orElseThrow(() -> new NotFound("restaurant", restaurantId)));
    }
}
