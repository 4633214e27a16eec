package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SalesSummary.ItemSales;
import dev.chit.domain.report.SalesSummary.Slice;
import dev.chit.domain.report.SalesSummary.Totals;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;
import io.helidon.dbclient.DbRow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalLong;
import static dev.chit.adapters.persistence.sql.Columns.text;

/**
 * A {@link SalesSummary} as the database adds it up: a handful of {@code GROUP BY} queries over
 * the orders placed in the period, local hours and days taken in the restaurant's time zone
 * ({@code AT TIME ZONE}, which PostgreSQL and H2 both have). The orders that count for sales are
 * those with {@code accepted_at} set (see {@code SalesRule}).
 */
final class SalesSums {

    // A time zone id goes into the SQL text (AT TIME ZONE takes no parameter on H2); ids are
    // checked against this before they do.
    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+\\-]+");

    private static final String PERIOD = " FROM orders o WHERE o.restaurant_id = ? AND o.placed_at >= ? AND o.placed_at < ?";
    private static final String COUNTED = PERIOD + " AND o.accepted_at IS NOT NULL";
    private static final String MONEY = """
            COUNT(*) AS orders, COALESCE(SUM(o.subtotal), 0) AS gross, COALESCE(SUM(o.discount), 0) AS discounts,
            COALESCE(SUM(o.service_fee), 0) AS service_fees, COALESCE(SUM(o.delivery_fee), 0) AS delivery_fees,
            COALESCE(SUM(o.tax), 0) AS tax, COALESCE(SUM(o.tip), 0) AS tips, COALESCE(SUM(o.refunded), 0) AS refunds,
            COALESCE(SUM(o.total), 0) AS totals""";
    private static final String SLICE = """
            COUNT(*) AS orders, COALESCE(SUM(s.subtotal - s.discount), 0) AS net,
            COALESCE(SUM(s.total - s.refunded), 0) AS collected""";

    private static final String BY_STATUS = "SELECT o.status, COUNT(*) AS orders" + PERIOD + " GROUP BY o.status";
    private static final String TOTALS = "SELECT " + MONEY + COUNTED;
    private static final String BY_FULFILLMENT = "SELECT s.fulfillment_type AS slice, " + SLICE
            + " FROM (SELECT o.fulfillment_type, o.subtotal, o.discount, o.total, o.refunded" + COUNTED + ") s"
            + " GROUP BY s.fulfillment_type ORDER BY s.fulfillment_type";
    private static final String BY_HOUR = "SELECT s.hour_of_day AS slice, " + SLICE
            + " FROM (SELECT EXTRACT(HOUR FROM (o.placed_at AT TIME ZONE '%1$s')) AS hour_of_day,"
            + " o.subtotal, o.discount, o.total, o.refunded" + COUNTED + ") s"
            + " GROUP BY s.hour_of_day ORDER BY s.hour_of_day";
    private static final String BY_DAY = "SELECT s.y, s.m, s.d, " + SLICE
            + " FROM (SELECT EXTRACT(YEAR FROM (o.placed_at AT TIME ZONE '%1$s')) AS y,"
            + " EXTRACT(MONTH FROM (o.placed_at AT TIME ZONE '%1$s')) AS m,"
            + " EXTRACT(DAY FROM (o.placed_at AT TIME ZONE '%1$s')) AS d,"
            + " o.subtotal, o.discount, o.total, o.refunded" + COUNTED + ") s"
            + " GROUP BY s.y, s.m, s.d ORDER BY s.y, s.m, s.d";
    private static final String TOP_ITEMS = """
            SELECT ol.name, SUM(ol.quantity) AS quantity, SUM(ol.line_total) AS revenue
            FROM orders o JOIN order_lines ol ON ol.order_id = o.id
            WHERE o.restaurant_id = ? AND o.placed_at >= ? AND o.placed_at < ? AND o.accepted_at IS NOT NULL
            GROUP BY ol.name ORDER BY %s DESC, ol.name LIMIT ?""";
    private static final String MISSED = "SELECT COUNT(*) AS orders" + PERIOD + " " + """
            AND o.status = 'REJECTED' AND EXISTS (SELECT 1 FROM order_status_history h
                WHERE h.order_id = o.id AND h.to_status = 'REJECTED' AND h.actor_type = 'SYSTEM')""";
    private static final String PREP = "SELECT COUNT(*) AS ready,"
            + " COALESCE(SUM(CASE WHEN o.ready_at <= o.estimated_ready_at THEN 1 ELSE 0 END), 0) AS on_time,"
            + " AVG(%s) AS prep_seconds" + COUNTED + " AND o.ready_at IS NOT NULL";
    private static final String PREP_SECONDS_POSTGRES = "EXTRACT(EPOCH FROM (o.ready_at - o.accepted_at))";
    private static final String PREP_SECONDS_H2 = "DATEDIFF('SECOND', o.accepted_at, o.ready_at)";

    private final Statements sql;
    private final boolean postgres;

    SalesSums(Statements sql, boolean postgres) {
        this.sql = sql;
        this.postgres = postgres;
    }

    SalesSummary of(Restaurant restaurant, SummaryPeriod period) {
        ZoneId zone = restaurant.timezone();
        String zoneId = zone.getId();
        if (!ZONE_ID.matcher(zoneId).matches()) {
            throw new IllegalArgumentException("unexpected time zone id " + zoneId);
        }
        List<Object> range = List.of(restaurant.id().value(), period.start(zone), period.end(zone));
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        for (DbRow row : sql.query("summary-by-status", BY_STATUS, range)) {
            byStatus.put(enumValue(row, "status", OrderStatus.class), longValue(row, "orders"));
        }
        DbRow prep = sql.query("summary-prep", PREP.formatted(postgres ? PREP_SECONDS_POSTGRES : PREP_SECONDS_H2),
                range).getFirst();
        return new SalesSummary(restaurant.name(), period, zone, restaurant.currency(), byStatus,
                totals(sql.query("summary-totals", TOTALS, range).getFirst()),
                slices("summary-by-fulfillment", BY_FULFILLMENT, range, row -> text(row, "slice")),
                slices("summary-by-hour", BY_HOUR.formatted(zoneId), range,
                        row -> "%02d".formatted(longValue(row, "slice"))),
                slices("summary-by-day", BY_DAY.formatted(zoneId), range,
                        row -> LocalDate.of(Math.toIntExact(longValue(row, "y")), Math.toIntExact(longValue(row, "m")),
                                Math.toIntExact(longValue(row, "d"))).toString()),
                items(range, "quantity"), items(range, "revenue"),
                longValue(sql.query("summary-missed", MISSED, range).getFirst(), "orders"),
                byStatus.getOrDefault(OrderStatus.CANCELLED, 0L),
                optionalLong(prep, "prep_seconds"), longValue(prep, "ready"), longValue(prep, "on_time"));
    }

    private static Totals totals(DbRow row) {
        return new Totals(longValue(row, "orders"), longValue(row, "gross"), longValue(row, "discounts"),
                longValue(row, "service_fees"), longValue(row, "delivery_fees"), longValue(row, "tax"),
                longValue(row, "tips"), longValue(row, "refunds"), longValue(row, "totals"));
    }

    private List<Slice> slices(String name, String statement, List<Object> range,
                               java.util.function.Function<DbRow, String> key) {
        List<Slice> slices = new ArrayList<>();
        for (DbRow row : sql.query(name, statement, range)) {
            slices.add(new Slice(key.apply(row), longValue(row, "orders"), longValue(row, "net"),
                    longValue(row, "collected")));
        }
        return slices;
    }

    private List<ItemSales> items(List<Object> range, String by) {
        List<Object> params = new ArrayList<>(range);
        params.add(SalesSummary.TOP_ITEMS);
        return sql.query("summary-top-items-" + by, TOP_ITEMS.formatted(by), params).stream()
                .map(row -> new ItemSales(text(row, "name"), longValue(row, "quantity"), longValue(row, "revenue")))
                .toList();
    }
}
