package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.AwaitingPayments;

import java.time.Instant;
import java.util.List;

import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Orders waiting for the guest's bank, from {@code orders} (index {@code orders_awaiting_payment}, V86). */
public final class SqlAwaitingPayments implements AwaitingPayments {

    // An awaiting order's placed_at is when its checkout began; it is set again when it is placed.
    static final String WAITING = """
            SELECT id FROM orders
             WHERE status = 'AWAITING_PAYMENT' AND placed_at <= ?
             ORDER BY placed_at, id
             LIMIT ?""";

    private final Statements sql;

    public SqlAwaitingPayments(Statements sql) {
        this.sql = sql;
    }

    @Override
    public List<OrderId> waitingSince(Instant startedBy, int limit) {
        return sql.inTransaction(() -> sql.query("orders-awaiting-payment", WAITING, startedBy, limit).stream()
                .map(row -> new OrderId(uuid(row, "id")))
                .toList());
    }
}
