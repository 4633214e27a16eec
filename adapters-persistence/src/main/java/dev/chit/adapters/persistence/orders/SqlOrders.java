package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.restaurants.RestaurantCounters;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.Orders;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.util.List;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.optionalText;

/** Orders in the tables {@code orders}, {@code order_lines}, {@code order_line_options} and {@code order_status_history}. */
public final class SqlOrders implements Orders {

    private final Statements sql;
    private final RestaurantCounters counters;
    private final OrderDetails details;
    private final boolean postgres;

    /** @param postgres whether the database is PostgreSQL, whose text search has trigram indexes (else H2) */
    public SqlOrders(Statements sql, RestaurantCounters counters, boolean postgres) {
        this.sql = sql;
        this.counters = counters;
        this.details = new OrderDetails(sql);
        this.postgres = postgres;
    }

    @Override
    public long nextNumber(RestaurantId restaurantId) {
        return counters.nextOrderNumber(restaurantId);
    }

    @Override
    public void add(Order order) {
        sql.inTransaction(() -> {
            sql.update("order-insert", OrderRows.INSERT, OrderRows.insertParams(order, Optional.empty()));
            details.add(order);
        });
    }

    // The token's hash goes in with the order row: one statement less per checkout.
    @Override
    public void add(Order order, String accessTokenHash) {
        sql.inTransaction(() -> {
            sql.update("order-insert", OrderRows.INSERT, OrderRows.insertParams(order, Optional.of(accessTokenHash)));
            details.add(order);
        });
    }

    /**
     * Optimistic locking: the update only applies to the version the caller read. The
     * history is append-only, so only the entries the stored copy lacks are written.
     */
    @Override
    public Order update(Order order) {
        return sql.inTransaction(() -> {
            if (sql.update("order-update", OrderRows.UPDATE, OrderRows.updateParams(order)) == 0) {
                throw new StaleOrder(order.id(), order.version());
            }
            details.appendHistory(order, details.storedHistoryLength(order));
            return order.atVersion(order.version() + 1);
        });
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return sql.inTransaction(() -> sql.get("order-by-id", OrderRows.BY_ID, id.value())
                .map(row -> details.complete(List.of(row)).getFirst()));
    }

    @Override
    public OrderPage search(OrderQuery query) {
        OrderSearch search = OrderSearch.of(query, postgres);
        return sql.inTransaction(() -> {
            List<DbRow> rows = sql.query("orders-search", search.sql(), search.params());
            boolean more = rows.size() > query.limit();
            List<Order> page = details.complete(more ? rows.subList(0, query.limit()) : rows);
            Optional<OrderCursor> next = more
                    ? Optional.of(new OrderCursor(page.getLast().placedAt(), page.getLast().id()))
                    : Optional.empty();
            return new OrderPage(page, next);
        });
    }

    @Override
    public Optional<String> accessTokenHash(OrderId id) {
        return sql.get("order-access-token-hash", OrderRows.ACCESS_TOKEN_HASH, id.value())
                .flatMap(row -> optionalText(row, "access_token_hash"));
    }

    @Override
    public void grantAccess(OrderId id, String accessTokenHash) {
        sql.update("order-grant-access", OrderRows.GRANT_ACCESS, accessTokenHash, id.value());
    }
}
