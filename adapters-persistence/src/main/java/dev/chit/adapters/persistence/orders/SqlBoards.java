package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.Boards;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The live board's snapshot: the open orders (board index), and the final ones whose last move
 * is among the restaurant's recent events (events by time), read in one transaction.
 */
public final class SqlBoards implements Boards {

    private static final String OPEN = "SELECT " + OrderRows.COLUMNS + """
             FROM orders o
            WHERE o.restaurant_id = ? AND o.status IN ('PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY')
            ORDER BY o.placed_at, o.id
            LIMIT ?""";
    private static final String RECENTLY_FINAL = "SELECT " + OrderRows.COLUMNS + """
             FROM orders o
            WHERE o.restaurant_id = ? AND o.status IN ('COMPLETED', 'REJECTED', 'CANCELLED')
              AND o.id IN (SELECT e.order_id FROM order_events e
                            WHERE e.restaurant_id = ? AND e.created_at >= ? AND e.kind = 'STATUS_CHANGED'
                              AND e.to_status IN ('COMPLETED', 'REJECTED', 'CANCELLED'))
            ORDER BY o.placed_at, o.id
            LIMIT ?""";
    private static final Comparator<Order> PLACED_ORDER =
            Comparator.comparing(Order::placedAt).thenComparing(order -> order.id().value());

    private final Statements sql;
    private final OrderDetails details;

    public SqlBoards(Statements sql) {
        this.sql = sql;
        this.details = new OrderDetails(sql);
    }

    @Override
    public List<Order> onBoard(RestaurantId restaurantId, Instant finalSince, int limit) {
        return sql.inTransaction(() -> {
            List<DbRow> rows = new ArrayList<>(sql.query("board-open-orders", OPEN, restaurantId.value(), limit));
            rows.addAll(sql.query("board-recently-final-orders", RECENTLY_FINAL, restaurantId.value(),
                    restaurantId.value(), finalSince, limit));
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Order> board = new ArrayList<>(details.complete(rows));
            board.sort(PLACED_ORDER);
            return List.copyOf(board.subList(0, Math.min(limit, board.size())));
        });
    }
}
