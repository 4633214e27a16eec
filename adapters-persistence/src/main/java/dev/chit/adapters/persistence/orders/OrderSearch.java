package dev.chit.adapters.persistence.orders;

import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.chit.adapters.persistence.sql.Statements.placeholders;

/**
 * The SQL of one {@link OrderQuery}: filters as the query asks, sorted by (placed_at, id) in
 * the query's direction, starting after the cursor (keyset pagination: a page costs the same
 * wherever it is, and orders placed meanwhile never shift a page), fetching one row more
 * than the limit to learn whether there is a next page.
 */
record OrderSearch(String sql, List<Object> params) {

    // "#1042" or "1042": the guest reads the number off a receipt, the kitchen off a ticket.
    private static final Pattern ORDER_NUMBER = Pattern.compile("#?(\\d{1,18})");
    private static final String LIKE_ESCAPE = "!";

    // The leading space matters: this is appended to the WHERE clause.
    private static final String TEXT_MATCH = " AND (LOWER(o.customer_name) LIKE ? ESCAPE '!'"
            + " OR LOWER(o.customer_email) LIKE ? ESCAPE '!'"
            + " OR LOWER(o.customer_phone) LIKE ? ESCAPE '!'"
            + " OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND LOWER(l.name) LIKE ? ESCAPE '!')"
            + "%s)";

    // An export's rows: every order with its lines and their chosen options, one row per option
    // (per line without options; per order without lines), all of an order's rows together.
    private static final String LINE_COLUMNS = """
            , l.id AS line_id, l.menu_item_id AS line_menu_item_id, l.name AS line_name,
            l.quantity AS line_quantity, l.unit_price AS line_unit_price, l.note AS line_note,
            l.line_total AS line_line_total, op.option_id, op.name AS option_name, op.price_delta""";
    private static final String LINE_JOINS = " LEFT JOIN order_lines l ON l.order_id = o.id"
            + " LEFT JOIN order_line_options op ON op.order_line_id = l.id";
    private static final String HISTORY_COLUMNS = """
            o.id AS order_id, h.from_status, h.to_status, h.moved_at, h.actor_type, h.actor_id,
            h.actor_is_manager, h.reason""";

    /** A page of the query's orders, after its cursor, one more than its limit. */
    static OrderSearch of(OrderQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(OrderRows.COLUMNS).append(" FROM orders o");
        List<Object> params = new ArrayList<>();
        where(query, sql, params);
        boolean newestFirst = query.sort() == OrderSort.NEWEST_FIRST;
        query.after().ifPresent(cursor -> startAfter(cursor, newestFirst, sql, params));
        sql.append(" ORDER BY ").append(order(query)).append(" LIMIT ?");
        params.add(query.limit() + 1);
        return new OrderSearch(sql.toString(), params);
    }

    /** Every order of the query (cursor and limit aside) with its lines and options; see {@link OrderStream}. */
    static OrderSearch linesOf(OrderQuery query) {
        return every(query, OrderRows.COLUMNS + LINE_COLUMNS, LINE_JOINS, ", l.position, op.position");
    }

    /** The history of every order of the query (cursor and limit aside), in the same order of orders. */
    static OrderSearch historyOf(OrderQuery query) {
        return every(query, HISTORY_COLUMNS, " JOIN order_status_history h ON h.order_id = o.id", ", h.position");
    }

    private static OrderSearch every(OrderQuery query, String columns, String joins, String thenBy) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM orders o").append(joins);
        List<Object> params = new ArrayList<>();
        where(query, sql, params);
        sql.append(" ORDER BY ").append(order(query)).append(thenBy);
        return new OrderSearch(sql.toString(), params);
    }

    // o.placed_at, o.id in the query's direction: the order of every list and export.
    private static String order(OrderQuery query) {
        String direction = query.sort() == OrderSort.NEWEST_FIRST ? "DESC" : "ASC";
        return "o.placed_at " + direction + ", o.id " + direction;
    }

    // The query's filters, as a WHERE clause on "orders o" (its cursor and limit aside).
    private static void where(OrderQuery query, StringBuilder sql, List<Object> params) {
        sql.append(" WHERE o.restaurant_id = ?");
        params.add(query.restaurantId().value());
        if (!query.statuses().isEmpty()) {
            sql.append(" AND o.status IN (").append(placeholders(query.statuses().size())).append(")");
            params.addAll(query.statuses());
        }
        if (!query.fulfillments().isEmpty()) {
            sql.append(" AND o.fulfillment_type IN (").append(placeholders(query.fulfillments().size())).append(")");
            params.addAll(query.fulfillments());
        }
        query.from().ifPresent(from -> {
            sql.append(" AND o.placed_at >= ?");
            params.add(from);
        });
        query.to().ifPresent(to -> {
            sql.append(" AND o.placed_at < ?");
            params.add(to);
        });
        query.text().ifPresent(text -> matchText(text, sql, params));
        query.scheduledDueBy().ifPresent(dueBy -> {
            sql.append(" AND (o.scheduled_for IS NULL OR o.scheduled_for <= ? OR o.status NOT IN (")
                    .append(placeholders(OrderQuery.NOT_STARTED.size())).append("))");
            params.add(dueBy);
            params.addAll(OrderQuery.NOT_STARTED);
        });
    }

    private static void matchText(String text, StringBuilder sql, List<Object> params) {
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        Optional<Long> number = orderNumber(text);
        sql.append(TEXT_MATCH.formatted(number.isPresent() ? " OR o.number = ?" : ""));
        params.addAll(List.of(pattern, pattern, pattern, pattern));
        number.ifPresent(params::add);
    }

    private static void startAfter(OrderCursor cursor, boolean newestFirst, StringBuilder sql, List<Object> params) {
        String beyond = newestFirst ? "<" : ">";
        sql.append(" AND (o.placed_at ").append(beyond).append(" ?")
                .append(" OR (o.placed_at = ? AND o.id ").append(beyond).append(" ?))");
        params.addAll(List.of(cursor.placedAt(), cursor.placedAt(), cursor.orderId().value()));
    }

    private static Optional<Long> orderNumber(String text) {
        var matcher = ORDER_NUMBER.matcher(text);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The guest's text matches itself only: {@code %} and {@code _} in it are not wildcards. */
    static String escapeLike(String text) {
        return text.replace(LIKE_ESCAPE, LIKE_ESCAPE + LIKE_ESCAPE)
                .replace("%", LIKE_ESCAPE + "%")
                .replace("_", LIKE_ESCAPE + "_");
    }
}
