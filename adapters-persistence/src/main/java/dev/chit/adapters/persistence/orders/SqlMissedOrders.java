package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.MissedOrders;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Waiting orders from {@code orders} (board index), the run of misses on {@code restaurants}. */
public final class SqlMissedOrders implements MissedOrders {

    static final String WAITING = """
            SELECT id FROM orders
             WHERE restaurant_id = ? AND status = 'PLACED' AND placed_at <= ?
             ORDER BY placed_at, id
             LIMIT ?""";
    // One statement, so the row lock it takes covers the read of the count and its change.
    static final String RECORD_MISS = """
            UPDATE restaurants SET
                   missed_in_a_row = CASE
                       WHEN last_missed_at IS NULL THEN 1
                       WHEN EXISTS (SELECT 1 FROM orders o
                                     WHERE o.restaurant_id = restaurants.id
                                       AND o.accepted_at > restaurants.last_missed_at) THEN 1
                       ELSE missed_in_a_row + 1 END,
                   last_missed_at = ?
             WHERE id = ?""";
    static final String MISSED_IN_A_ROW = "SELECT missed_in_a_row FROM restaurants WHERE id = ?";
    static final String FORGET = "UPDATE restaurants SET missed_in_a_row = 0, last_missed_at = NULL WHERE id = ?";

    private final Statements sql;

    public SqlMissedOrders(Statements sql) {
        this.sql = sql;
    }

    @Override
    public List<OrderId> waitingSince(RestaurantId restaurantId, Instant placedBefore, int limit) {
        return sql.inTransaction(() -> sql.query("orders-waiting", WAITING, restaurantId.value(), placedBefore, limit)
                .stream()
                .map(row -> new OrderId(uuid(row, "id")))
                .toList());
    }

    @Override
    public int recordMiss(RestaurantId restaurantId, Instant at) {
        return sql.inTransaction(() -> {
            if (sql.update("restaurant-record-miss", RECORD_MISS, at, restaurantId.value()) == 0) {
                throw new NotFound("restaurant", restaurantId);
            }
            return sql.get("restaurant-missed-in-a-row", MISSED_IN_A_ROW, restaurantId.value())
                    .map(row -> intValue(row, "missed_in_a_row"))
                    .orElseThrow(() -> new NotFound("restaurant", restaurantId));
        });
    }

    @Override
    public void forgetMisses(RestaurantId restaurantId) {
        sql.update("restaurant-forget-misses", FORGET, restaurantId.value());
    }
}
