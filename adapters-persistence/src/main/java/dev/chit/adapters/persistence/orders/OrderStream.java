package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderQuery;
import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every order of a query, complete, read in keyset batches of {@value #BATCH}: the list's own
 * search (placed_at, id in the query's direction, after the last order of the batch before),
 * then the batch's lines, options and history in one query each. Memory holds one batch
 * however many orders there are; inside a repeatable-read transaction every batch reads the
 * same state, so none is skipped or repeated when orders are placed meanwhile.
 */
final class OrderStream {

    static final int BATCH = OrderQuery.MAX_LIMIT;

    private final Statements sql;
    private final OrderDetails details;

    OrderStream(Statements sql, OrderDetails details) {
        this.sql = sql;
        this.details = details;
    }

    /** Call inside a transaction: its snapshot is what every batch reads. */
    void each(OrderQuery query, Consumer<Order> each) {
        OrderQuery batch = query.withLimit(BATCH);
        while (true) {
            OrderSearch search = OrderSearch.of(batch);
            List<DbRow> rows = sql.query("export-orders", search.sql(), search.params());
            boolean more = rows.size() > BATCH;
            List<Order> orders = details.complete(more ? rows.subList(0, BATCH) : rows);
            orders.forEach(each);
            if (!more) {
                return;
            }
            Order last = orders.getLast();
            batch = batch.after(new OrderCursor(last.placedAt(), last.id()));
        }
    }
}
