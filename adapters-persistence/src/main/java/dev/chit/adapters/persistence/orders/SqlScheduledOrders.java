package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.ScheduledOrders;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Scheduled orders from {@code orders} (by scheduled time), fired by a conditional update of {@code fired_at}. */
public final class SqlScheduledOrders implements ScheduledOrders {

    private static final String WAITING = """
            SELECT id, restaurant_id, scheduled_for FROM orders
             WHERE scheduled_for IS NOT NULL AND scheduled_for <= ? AND fired_at IS NULL
               AND status IN ('PLACED', 'ACCEPTED')
             ORDER BY scheduled_for, id
             LIMIT ?""";
    private static final String FIRE = "UPDATE orders SET fired_at = ? WHERE id = ? AND fired_at IS NULL";

    private final Statements sql;

    public SqlScheduledOrders(Statements sql) {
        this.sql = sql;
    }

    @Override
    public List<Waiting> waitingUntil(Instant latest, int limit) {
        return sql.query("scheduled-orders-waiting", WAITING, latest, limit).stream()
                .map(row -> new Waiting(new OrderId(uuid(row, "id")), new RestaurantId(uuid(row, "restaurant_id")),
                        instant(row, "scheduled_for")))
                .toList();
    }

    @Override
    public boolean fire(OrderId orderId, Instant at) {
        return sql.update("scheduled-order-fire", FIRE, at, orderId.value()) == 1;
    }
}
