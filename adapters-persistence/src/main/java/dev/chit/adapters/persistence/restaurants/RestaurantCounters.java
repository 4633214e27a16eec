package dev.chit.adapters.persistence.restaurants;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.chit.adapters.persistence.sql.Columns.longValue;

/**
 * The per-restaurant counters: order numbers and live-board event sequence numbers. Each is
 * taken by incrementing it on the restaurant's row and reading the new value back in the same
 * statement: the row lock makes concurrent takers queue until the taker's transaction ends, so
 * numbers are unique, and a rolled-back transaction gives its number back, so they have no gaps.
 *
 * <p>The increment and its read are one statement, one round trip under the lock: PostgreSQL
 * says {@code UPDATE ... RETURNING}, H2 {@code SELECT ... FROM FINAL TABLE (UPDATE ...)}.
 *
 * <p>A new order is always followed by its event, in the same transaction and under the same
 * lock, so an order number is taken with the next event {@code seq}, which the transaction keeps
 * for the restaurant's next event: one statement less under the lock per checkout. A transaction
 * that took a number and stored no event of that restaurant gives the {@code seq} back before it
 * commits (it still holds the row's lock, so none was taken after it): the sequence keeps no gaps.
 */
public final class RestaurantCounters {

    private static final Object RESERVED_SEQS = new Object();
    private static final String GIVE_BACK_SEQ =
            "UPDATE restaurants SET last_event_seq = last_event_seq - 1 WHERE id = ? AND last_event_seq = ?";

    private final Statements sql;
    private final String nextOrderNumberAndSeq;
    private final String nextOrderNumber;
    private final String nextEventSeq;

    /** @param postgres whether the database is PostgreSQL (else H2) */
    public RestaurantCounters(Statements sql, boolean postgres) {
        this.sql = sql;
        this.nextOrderNumberAndSeq = increment(List.of("last_order_number", "last_event_seq"), postgres);
        this.nextOrderNumber = increment(List.of("last_order_number"), postgres);
        this.nextEventSeq = increment(List.of("last_event_seq"), postgres);
    }

    private static String increment(List<String> columns, boolean postgres) {
        String update = "UPDATE restaurants SET "
                + String.join(", ", columns.stream().map(column -> column + " = " + column + " + 1").toList())
                + " WHERE id = ?";
        return postgres
                ? update + " RETURNING " + String.join(", ", columns)
                : "SELECT " + String.join(", ", columns) + " FROM FINAL TABLE (" + update + ")";
    }

    public long nextOrderNumber(RestaurantId restaurantId) {
        return sql.inTransaction(() -> {
            Map<RestaurantId, Long> reserved = reservedSeqs();
            if (reserved.containsKey(restaurantId)) {
                // A second order before the first one's event: that event's seq is kept already.
                return next(restaurantId, "restaurant-next-order-number", nextOrderNumber, "last_order_number");
            }
            var row = sql.get("restaurant-next-order-number-and-seq", nextOrderNumberAndSeq, restaurantId.value())
                    .orElseThrow(() -> new NotFound("restaurant", restaurantId));
            long seq = longValue(row, "last_event_seq");
            reserved.put(restaurantId, seq);
            sql.beforeCommit(() -> {
                if (reserved.remove(restaurantId, seq)) {
                    sql.write("restaurant-give-back-event-seq", GIVE_BACK_SEQ, restaurantId.value(), seq);
                }
            });
            return longValue(row, "last_order_number");
        });
    }

    public long nextEventSeq(RestaurantId restaurantId) {
        return sql.inTransaction(() -> {
            Long reserved = reservedSeqs().remove(restaurantId);
            return reserved != null
                    ? reserved
                    : next(restaurantId, "restaurant-next-event-seq", nextEventSeq, "last_event_seq");
        });
    }

    private long next(RestaurantId restaurantId, String name, String increment, String column) {
        return sql.get(name, increment, restaurantId.value())
                .map(row -> longValue(row, column))
                .orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }

    // Inside inTransaction, so there is always one.
    private Map<RestaurantId, Long> reservedSeqs() {
        return sql.<Map<RestaurantId, Long>>transactionLocal(RESERVED_SEQS, HashMap::new).orElseThrow();
    }
}
