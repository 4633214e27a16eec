package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.RowCursor;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.port.OrderQuery;
import io.helidon.dbclient.DbRow;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static dev.chit.adapters.persistence.sql.Columns.optionalUuid;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Every order of a query, complete, read from two cursors side by side in the snapshot's
 * transaction: the orders joined with their lines and options, and their history, both in the
 * query's order of orders. The cursors are read {@link ReadAhead ahead} of the caller, on a
 * thread of their own. Each order is handed on as soon as its last row is read, so memory
 * holds one fetch of each cursor however many orders there are, the database streams the rows
 * as a single query each (no page by page round trips), and the snapshot sees orders placed
 * meanwhile neither twice nor half.
 */
final class OrderStream {

    // Rows per round trip: large enough that the wire, not the trips, is what an export waits for.
    static final int FETCH = 2_000;

    private final Statements sql;

    OrderStream(Statements sql) {
        this.sql = sql;
    }

    /** Call inside the snapshot ({@link Statements#holdsSnapshot()}): both cursors read in it. */
    void each(OrderQuery query, Consumer<Order> each) {
        OrderSearch lines = OrderSearch.linesOf(query);
        OrderSearch history = OrderSearch.historyOf(query);
        try (RowCursor orderRows = sql.cursor("export-order-lines", lines.sql(), lines.params(), FETCH);
             RowCursor historyRows = sql.cursor("export-order-history", history.sql(), history.params(), FETCH)) {
            ReadAhead.<Order>pipe(read -> {
                while (orderRows.hasNext()) {
                    read.accept(nextOrder(orderRows, historyRows));
                }
            }, each);
        }
    }

    // The rows of one order: its first row holds the order's own columns.
    private static Order nextOrder(RowCursor orderRows, RowCursor historyRows) {
        DbRow first = orderRows.next();
        UUID orderId = uuid(first, "id");
        Currency currency = OrderRows.currency(first);
        List<OrderLine> lines = new ArrayList<>();
        // An order without lines is one row without a line; otherwise every row of it has one.
        DbRow line = optionalUuid(first, "line_id").isPresent() ? first : null;
        while (line != null) {
            line = addLine(line, orderRows, orderId, currency, lines);
        }
        List<HistoryEntry> history = new ArrayList<>();
        while (historyRows.peek().filter(next -> uuid(next, "order_id").equals(orderId)).isPresent()) {
            history.add(OrderDetails.entry(historyRows.next()));
        }
        return OrderRows.order(first, lines, history);
    }

    // A line from its rows (one per chosen option); answers the order's next row after them, if any.
    private static DbRow addLine(DbRow first, RowCursor orderRows, UUID orderId, Currency currency,
                                 List<OrderLine> lines) {
        UUID lineId = uuid(first, "line_id");
        List<QuotedOption> options = new ArrayList<>();
        DbRow row = first;
        while (row != null && uuid(row, "line_id").equals(lineId)) {
            if (optionalUuid(row, "option_id").isPresent()) {
                options.add(OrderDetails.option(row, currency));
            }
            row = nextOfOrder(orderRows, orderId);
        }
        lines.add(OrderDetails.line(first, options, currency));
        return row;
    }

    // The cursor's next row if it still belongs to the order, taken; otherwise null, left unread.
    private static DbRow nextOfOrder(RowCursor orderRows, UUID orderId) {
        return orderRows.peek().filter(next -> uuid(next, "id").equals(orderId)).isPresent() ? orderRows.next() : null;
    }
}
