package dev.chit.adapters.persistence.restaurants;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.restaurant.RestaurantId;

import static dev.chit.adapters.persistence.sql.Columns.longValue;

/**
 * The per-restaurant counters: order numbers and live-board event sequence numbers. Each is
 * taken by incrementing it on the restaurant's row and reading it back in the same
 * transaction: the row lock makes concurrent takers queue, so numbers are unique, and a
 * rolled-back transaction gives its number back, so they have no gaps.
 */
public final class RestaurantCounters {

    private static final String NEXT_ORDER_NUMBER =
            "UPDATE restaurants SET last_order_number = last_order_number + 1 WHERE id = ?";
    private static final String LAST_ORDER_NUMBER =
            "SELECT last_order_number FROM restaurants WHERE id = ?";
    private static final String NEXT_EVENT_SEQ =
            "UPDATE restaurants SET last_event_seq = last_event_seq + 1 WHERE id = ?";
    private static final String LAST_EVENT_SEQ =
            "SELECT last_event_seq FROM restaurants WHERE id = ?";

    private final Statements sql;

    public RestaurantCounters(Statements sql) {
        this.sql = sql;
    }

    public long nextOrderNumber(RestaurantId restaurantId) {
        return next(restaurantId, "restaurant-next-order-number", NEXT_ORDER_NUMBER,
                "restaurant-last-order-number", LAST_ORDER_NUMBER, "last_order_number");
    }

    public long nextEventSeq(RestaurantId restaurantId) {
        return next(restaurantId, "restaurant-next-event-seq", NEXT_EVENT_SEQ,
                "restaurant-last-event-seq", LAST_EVENT_SEQ, "last_event_seq");
    }

    private long next(RestaurantId restaurantId, String incrementName, String increment,
                      String readName, String read, String column) {
        return sql.inTransaction(() -> {
            if (sql.update(incrementName, increment, restaurantId.value()) == 0) {
                throw new NotFound("restaurant", restaurantId);
            }
            return sql.get(readName, read, restaurantId.value())
                    .map(row -> longValue(row, column))
                    .orElseThrow(() -> new NotFound("restaurant", restaurantId));
        });
    }
}
