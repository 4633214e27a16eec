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
 *
 * <p>A text search on H2 is a condition on each of the restaurant's orders, read newest first
 * until the page is full: quick for a common text, a read of the whole history for a rare one.
 * PostgreSQL can do better for a rare text with its trigram indexes (V71; see
 * {@code SqlOrders#searchText}), but not for a common one, whose matches are most orders: looked up
 * in the indexes first, every one of them would be read and sorted for a page of 50.
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
            l.line_total AS line_line_total, l.refunded_quantity AS line_refunded_quantity,
            l.station_ids AS line_station_ids, l.done_at AS line_done_at, l.tax_code AS line_tax_code,
            l.tax_basis_points AS line_tax_basis_points, op.option_id, op.name AS option_name, op.price_delta""";
    private static final String LINE_JOINS = " LEFT JOIN order_lines l ON l.order_id = o.id"
            + " LEFT JOIN order_line_options op ON op.order_line_id = l.id";
    private static final String HISTORY_COLUMNS = """
            o.id AS order_id, h.from_status, h.to_status, h.moved_at, h.actor_type, h.actor_id,
            h.actor_is_manager, h.reason""";

    // The guest's fields as the trigram index of V71 holds them, joined by a character no search can contain.
    private static final String GUEST_TEXT =
            "LOWER(s.customer_name || chr(1) || s.customer_email || chr(1) || COALESCE(s.customer_phone, ''))";
    private static final String INDEXED_TEXT_MATCH = " AND o.id IN ("
            + "SELECT s.id FROM orders s WHERE " + GUEST_TEXT + " LIKE ? ESCAPE '!'%s"
            + " UNION ALL SELECT l.order_id FROM order_lines l WHERE LOWER(l.name) LIKE ? ESCAPE '!')";

    /** The query as one statement, its text matched on each order read (H2, or no text on PostgreSQL). */
    static OrderSearch of(OrderQuery query) {
        return select(query, false, query.limit() + 1);
    }

    /** The query with its text looked up in PostgreSQL's trigram indexes (V71): for a rare text. */
    static OrderSearch indexed(OrderQuery query) {
        return select(query, true, query.limit() + 1);
    }

    /**
     * The page among the newest {@code window} orders that the query's other filters let
     * through (after its cursor), its text matched on each: a common text fills the page here.
     */
    static OrderSearch amongRecent(OrderQuery query, int window) {
        OrderSearch recent = select(withoutText(query), false, window);
        StringBuilder sql = new StringBuilder("SELECT ").append(OrderRows.COLUMNS)
                .append(" FROM (").append(recent.sql()).append(") o WHERE 1 = 1");
        List<Object> params = new ArrayList<>(recent.params());
        query.text().ifPresent(text -> matchText(text, sql, params));
        sql.append(" ORDER BY ").append(order(query)).append(" LIMIT ?");
        params.add(query.limit() + 1);
        return new OrderSearch(sql.toString(), params);
    }

    /** How many of those newest {@code window} orders there are (column {@code seen}): fewer is all of them. */
    static OrderSearch recentCount(OrderQuery query, int window) {
        OrderSearch recent = select(withoutText(query), false, window);
        return new OrderSearch("SELECT COUNT(*) AS seen FROM (" + recent.sql() + ") w", recent.params());
    }

    private static OrderQuery withoutText(OrderQuery query) {
        return new OrderQuery(query.restaurantId(), query.statuses(), query.fulfillments(), query.from(),
                query.to(), Optional.empty(), query.sort(), query.limit(), query.after(), query.scheduledDueBy());
    }

    private static OrderSearch select(OrderQuery query, boolean indexedText, int rows) {
        StringBuilder sql = new StringBuilder("SELECT ").append(OrderRows.COLUMNS).append(" FROM orders o");
        List<Object> params = new ArrayList<>();
        where(query, indexedText, sql, params);
        boolean newestFirst = query.sort() == OrderSort.NEWEST_FIRST;
        query.after().ifPresent(cursor -> startAfter(cursor, newestFirst, sql, params));
        sql.append(" ORDER BY ").append(order(query)).append(" LIMIT ?");
        params.add(rows);
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
        where(query, false, sql, params);
        sql.append(" ORDER BY ").append(order(query)).append(thenBy);
        return new OrderSearch(sql.toString(), params);
    }

    // o.placed_at, o.id in the query's direction: the order of every list and export.
    private static String order(OrderQuery query) {
        String direction = query.sort() == OrderSort.NEWEST_FIRST ? "DESC" : "ASC";
        return "o.placed_at " + direction + ", o.id " + direction;
    }

    // The query's filters, as a WHERE clause on "orders o" (its cursor and limit aside).
    private static void where(OrderQuery query, boolean indexedText, StringBuilder sql, List<Object> params) {
        // Numbered orders only: one that waits for the guest's bank, or never got past it, was never placed.
        sql.append(" WHERE o.restaurant_id = ? AND o.number IS NOT NULL");
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
        query.text().ifPresent(text -> {
            if (indexedText) {
                matchIndexedText(query, text, sql, params);
            } else {
                matchText(text, sql, params);
            }
        });
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

    private static void matchIndexedText(OrderQuery query, String text, StringBuilder sql, List<Object> params) {
        // Control characters match nothing a guest typed, and chr(1) would reach across fields.
        String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "")) + "%";
        Optional<Long> number = orderNumber(text);
        sql.append(INDEXED_TEXT_MATCH.formatted(number.isPresent()
                ? " OR (s.restaurant_id = ? AND s.number = ?)" : ""));
        params.add(pattern);
        number.ifPresent(value -> params.addAll(List.of(query.restaurantId().value(), value)));
        params.add(pattern);
    }

    // "placed_at <= ?" first: a range both databases read from the (restaurant, placed_at, id)
    // index, so a page far back costs what the first does; the OR alone made PostgreSQL read
    // every newer order and test it.
    private static void startAfter(OrderCursor cursor, boolean newestFirst, StringBuilder sql, List<Object> params) {
        String beyond = newestFirst ? "<" : ">";
        sql.append(" AND o.placed_at ").append(beyond).append("= ?")
                .append(" AND (o.placed_at ").append(beyond).append(" ? OR o.id ").append(beyond).append(" ?)");
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
