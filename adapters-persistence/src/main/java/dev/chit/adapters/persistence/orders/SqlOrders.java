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

import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;

/** Orders in the tables {@code orders}, {@code order_lines}, {@code order_line_options} and {@code order_status_history}. */
public final class SqlOrders implements Orders {

    // How many of the newest orders a text search reads before it asks the trigram indexes.
    // A text in one order of 40 still fills a page of 50 there (benchmarks/README.md).
    private static final int RECENT_WINDOW = 2_000;

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
        insert(order, Optional.empty());
    }

    // The token's hash goes in with the order row: one statement less per checkout.
    @Override
    public void add(Order order, String accessTokenHash) {
        insert(order, Optional.of(accessTokenHash));
    }

    private void insert(Order order, Optional<String> accessTokenHash) {
        sql.inTransaction(() -> {
            sql.write("order-insert", OrderRows.INSERT, OrderRows.insertParams(order, accessTokenHash));
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
            details.updateDone(order);
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
        return sql.inTransaction(() -> {
            List<DbRow> rows = postgres && query.text().isPresent() ? searchText(query) : search(OrderSearch.of(query));
            boolean more = rows.size() > query.limit();
            List<Order> page = details.complete(more ? rows.subList(0, query.limit()) : rows);
            Optional<OrderCursor> next = more
                    ? Optional.of(new OrderCursor(page.getLast().placedAt(), page.getLast().id()))
                    : Optional.empty();
            return new OrderPage(page, next);
        });
    }

    private List<DbRow> search(OrderSearch search) {
        return sql.query("orders-search", search.sql(), search.params());
    }

    /**
     * A text search on PostgreSQL: first among the newest orders, where a common text fills the
     * page; a text rarer than that is looked up in the trigram indexes, unless those newest
     * orders were all the restaurant has (beyond the cursor and filters).
     */
    private List<DbRow> searchText(OrderQuery query) {
        OrderSearch recent = OrderSearch.amongRecent(query, RECENT_WINDOW);
        List<DbRow> rows = sql.query("orders-search-recent", recent.sql(), recent.params());
        if (rows.size() > query.limit()) {
            return rows;
        }
        OrderSearch count = OrderSearch.recentCount(query, RECENT_WINDOW);
        long seen = sql.get("orders-search-recent-count", count.sql(), count.params().toArray())
                .map(row -> longValue(row, "seen")).orElse(0L);
        if (seen < RECENT_WINDOW) {
            return rows;
        }
        OrderSearch indexed = OrderSearch.indexed(query);
        return sql.query("orders-search-indexed", indexed.sql(), indexed.params());
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
