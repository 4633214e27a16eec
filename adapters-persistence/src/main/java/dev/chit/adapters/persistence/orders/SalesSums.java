package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SalesSummary.ItemSales;
import dev.chit.domain.report.SalesSummary.PromotionSales;
import dev.chit.domain.report.SalesSummary.Slice;
import dev.chit.domain.report.SalesSummary.Totals;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;
import io.helidon.dbclient.DbRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.text;

/**
 * A {@link SalesSummary} as the database adds it up, in four {@code GROUP BY} queries over the
 * orders placed in the period: one pass over the orders by status, fulfillment and whether
 * they count for sales (every total and the prep times come from its few dozen rows), one by
 * local hour in the restaurant's time zone ({@code AT TIME ZONE}, which PostgreSQL and H2 both
 * have, taken once per order; days and hours of the day are folded from it), one over the lines
 * by item (both top lists are sorted from it), and the count of missed orders. The orders that
 * count for sales are those with {@code accepted_at} set (see {@code SalesRule}).
 */
final class SalesSums {

    // A time zone id goes into the SQL text (AT TIME ZONE takes no parameter on H2); ids are
    // checked against this before they do.
    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+\\-]+");

    // Numbered orders only: one never placed (it waited for the guest's bank) sold nothing.
    private static final String PERIOD = " FROM orders o WHERE o.restaurant_id = ? AND o.number IS NOT NULL"
            + " AND o.placed_at >= ? AND o.placed_at < ?";
    private static final String COUNTS = "CASE WHEN o.accepted_at IS NULL THEN 0 ELSE 1 END";
    private static final String BY_KIND = "SELECT o.status, o.fulfillment_type, " + COUNTS + " AS counts,"
            + """
             COUNT(*) AS orders, SUM(o.subtotal) AS gross, SUM(o.discount) AS discounts,
            SUM(o.service_fee) AS service_fees, SUM(o.delivery_fee) AS delivery_fees, SUM(o.tax + o.included_tax) AS tax,
            SUM(o.tip) AS tips, SUM(o.refunded) AS refunds, SUM(o.total) AS totals,
            SUM(CASE WHEN o.ready_at IS NULL THEN 0 ELSE 1 END) AS ready,
            SUM(CASE WHEN o.ready_at <= o.estimated_ready_at THEN 1 ELSE 0 END) AS on_time,
            SUM(%s) AS prep_seconds""" + PERIOD + " GROUP BY o.status, o.fulfillment_type, " + COUNTS;
    private static final String PREP_SECONDS_POSTGRES = "EXTRACT(EPOCH FROM (o.ready_at - o.accepted_at))";
    private static final String PREP_SECONDS_H2 = "DATEDIFF('SECOND', o.accepted_at, o.ready_at)";
    private static final String LOCAL_HOUR = "DATE_TRUNC('hour', o.placed_at AT TIME ZONE '%1$s')";
    private static final String BY_LOCAL_HOUR = """
            SELECT EXTRACT(YEAR FROM s.local_hour) AS y, EXTRACT(MONTH FROM s.local_hour) AS m,
                EXTRACT(DAY FROM s.local_hour) AS d, EXTRACT(HOUR FROM s.local_hour) AS h, s.orders, s.net, s.collected
            FROM (SELECT""" + " " + LOCAL_HOUR + " AS local_hour, COUNT(*) AS orders,"
            + " SUM(o.subtotal - o.discount) AS net, SUM(o.total - o.refunded) AS collected"
            + PERIOD + " AND o.accepted_at IS NOT NULL GROUP BY " + LOCAL_HOUR + ") s";
    private static final String BY_ITEM = """
            SELECT ol.name, SUM(ol.quantity) AS quantity, SUM(ol.line_total) AS revenue
            FROM orders o JOIN order_lines ol ON ol.order_id = o.id
            WHERE o.restaurant_id = ? AND o.placed_at >= ? AND o.placed_at < ? AND o.accepted_at IS NOT NULL
            GROUP BY ol.name""";
    // Codes as the orders keep them; the same code typed in another case is the same promotion.
    private static final String BY_PROMO_CODE = "SELECT o.promo_code AS code, COUNT(*) AS orders,"
            + " SUM(o.discount) AS discount" + PERIOD + " AND o.accepted_at IS NOT NULL AND o.promo_code IS NOT NULL"
            + " GROUP BY o.promo_code";
    private static final String MISSED = "SELECT COUNT(*) AS orders" + PERIOD + " " + """
            AND o.status = 'REJECTED' AND EXISTS (SELECT 1 FROM order_status_history h
                WHERE h.order_id = o.id AND h.to_status = 'REJECTED' AND h.actor_type = 'SYSTEM')""";

    private static final Comparator<ItemSales> BY_NAME = Comparator.comparing(ItemSales::name);

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
        Kinds kinds = new Kinds();
        sql.query("summary-by-kind", BY_KIND.formatted(postgres ? PREP_SECONDS_POSTGRES : PREP_SECONDS_H2), range)
                .forEach(kinds::add);
        Hours hours = new Hours();
        sql.query("summary-by-local-hour", BY_LOCAL_HOUR.formatted(zoneId), range).forEach(hours::add);
        List<ItemSales> items = sql.query("summary-by-item", BY_ITEM, range).stream()
                .map(row -> new ItemSales(text(row, "name"), longValue(row, "quantity"), longValue(row, "revenue")))
                .toList();
        long missed = longValue(sql.query("summary-missed", MISSED, range).getFirst(), "orders");
        var stations = new StationSpeeds(sql).of(range);
        List<PromotionSales> discounts = sql.query("summary-by-promo-code", BY_PROMO_CODE, range).stream()
                .map(row -> new PromotionSales(text(row, "code"), longValue(row, "orders"), longValue(row, "discount")))
                .sorted(Comparator.comparingLong(PromotionSales::discount).reversed()
                        .thenComparing(PromotionSales::code))
                .toList();
        return new SalesSummary(restaurant.name(), period, zone, restaurant.currency(), kinds.byStatus,
                kinds.totals(), kinds.byFulfillment(), hours.byHour(), hours.byDay(),
                top(items, Comparator.comparingLong(ItemSales::quantity).reversed().thenComparing(BY_NAME)),
                top(items, Comparator.comparingLong(ItemSales::revenue).reversed().thenComparing(BY_NAME)),
                missed, kinds.byStatus.getOrDefault(OrderStatus.CANCELLED, 0L), kinds.averagePrepSeconds(),
                kinds.ready, kinds.readyOnTime, stations, discounts);
    }

    private static List<ItemSales> top(List<ItemSales> items, Comparator<ItemSales> order) {
        return items.stream().sorted(order).limit(SalesSummary.TOP_ITEMS).toList();
    }

    /** The rows by status, fulfillment and counting for sales, added up into the summary's figures. */
    private static final class Kinds {

        // The amounts of Totals, in the order of its components.
        private static final String[] MONEY =
                {"gross", "discounts", "service_fees", "delivery_fees", "tax", "tips", "refunds", "totals"};

        private final Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        private final Map<String, Sums> byFulfillment = new TreeMap<>();
        private final long[] money = new long[MONEY.length];
        private long counted;
        private long ready;
        private long readyOnTime;
        private BigDecimal prepSeconds = BigDecimal.ZERO;

        void add(DbRow row) {
            long orders = longValue(row, "orders");
            byStatus.merge(enumValue(row, "status", OrderStatus.class), orders, Long::sum);
            if (intValue(row, "counts") == 0) {
                return;
            }
            counted += orders;
            for (int index = 0; index < MONEY.length; index++) {
                money[index] += longValue(row, MONEY[index]);
            }
            String fulfillment = enumValue(row, "fulfillment_type", FulfillmentType.class).name();
            byFulfillment.computeIfAbsent(fulfillment, key -> new Sums())
                    .add(orders, longValue(row, "gross") - longValue(row, "discounts"),
                            longValue(row, "totals") - longValue(row, "refunds"));
            ready += longValue(row, "ready");
            readyOnTime += longValue(row, "on_time");
            row.column("prep_seconds").asOptional()
                    .ifPresent(seconds -> prepSeconds = prepSeconds.add(new BigDecimal(seconds.toString())));
        }

        Totals totals() {
            return new Totals(counted, money[0], money[1], money[2], money[3], money[4], money[5], money[6], money[7]);
        }

        List<Slice> byFulfillment() {
            return Sums.slices(byFulfillment);
        }

        // Whole seconds, cut toward zero, as AVG read as a long would be.
        Optional<Long> averagePrepSeconds() {
            return ready == 0 ? Optional.empty()
                    : Optional.of(prepSeconds.divide(BigDecimal.valueOf(ready), 0, RoundingMode.DOWN).longValueExact());
        }
    }

    /** The rows by local hour, folded into days and into hours of the day. */
    private static final class Hours {

        private final Map<String, Sums> byHour = new TreeMap<>();
        private final Map<String, Sums> byDay = new TreeMap<>();

        void add(DbRow row) {
            LocalDate day = LocalDate.of(intValue(row, "y"), intValue(row, "m"), intValue(row, "d"));
            String hour = "%02d".formatted(intValue(row, "h"));
            long orders = longValue(row, "orders");
            long net = longValue(row, "net");
            long collected = longValue(row, "collected");
            byDay.computeIfAbsent(day.toString(), key -> new Sums()).add(orders, net, collected);
            byHour.computeIfAbsent(hour, key -> new Sums()).add(orders, net, collected);
        }

        List<Slice> byHour() {
            return Sums.slices(byHour);
        }

        List<Slice> byDay() {
            return Sums.slices(byDay);
        }
    }

    /** One slice's orders, net sales and collected money, added up over its rows. */
    private static final class Sums {

        private long orders;
        private long net;
        private long collected;

        void add(long moreOrders, long moreNet, long moreCollected) {
            orders += moreOrders;
            net += moreNet;
            collected += moreCollected;
        }

        static List<Slice> slices(Map<String, Sums> sorted) {
            List<Slice> slices = new ArrayList<>();
            sorted.forEach((key, sums) -> slices.add(new Slice(key, sums.orders, sums.net, sums.collected)));
            return slices;
        }
    }
}
