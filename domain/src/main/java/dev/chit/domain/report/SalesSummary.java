package dev.chit.domain.report;

import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.station.StationId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A restaurant's sales over a {@link SummaryPeriod}, as the database added them up. Amounts are
 * minor units of {@code currency}; only the orders that count for sales ({@link SalesRule}) are
 * in the amounts, every order placed in the period is in {@code ordersByStatus}.
 *
 * @param missedOrders    orders the system rejected because nobody accepted them in time
 * @param cancellations   orders cancelled, before or after acceptance
 * @param averagePrepSeconds from accepted to ready, over the orders that were ready
 * @param readyOnTime     of the orders that were ready, how many by their (last) promised time
 * @param stationSpeeds   each kitchen station's average time from accept to its last bump of an order
 * @param discountsByCode the discounts of the orders that count, by the promo code they were priced with, largest first
 */
public record SalesSummary(
        String restaurantName,
        SummaryPeriod period,
        ZoneId zone,
        Currency currency,
        Map<OrderStatus, Long> ordersByStatus,
        Totals totals,
        List<Slice> byFulfillment,
        List<Slice> byHour,
        List<Slice> byDay,
        List<ItemSales> topItemsByQuantity,
        List<ItemSales> topItemsByRevenue,
        long missedOrders,
        long cancellations,
        Optional<Long> averagePrepSeconds,
        long ready,
        long readyOnTime,
        List<StationSpeed> stationSpeeds,
        List<PromotionSales> discountsByCode) {

    /** How many items each top list holds. */
    public static final int TOP_ITEMS = 10;

    public SalesSummary {
        Objects.requireNonNull(restaurantName, "restaurantName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        ordersByStatus = Map.copyOf(ordersByStatus);
        Objects.requireNonNull(totals, "totals");
        byFulfillment = List.copyOf(byFulfillment);
        byHour = List.copyOf(byHour);
        byDay = List.copyOf(byDay);
        topItemsByQuantity = List.copyOf(topItemsByQuantity);
        topItemsByRevenue = List.copyOf(topItemsByRevenue);
        Objects.requireNonNull(averagePrepSeconds, "averagePrepSeconds");
        stationSpeeds = List.copyOf(stationSpeeds);
        discountsByCode = List.copyOf(discountsByCode);
    }

    /** A summary without promo codes. */
    public SalesSummary(String restaurantName, SummaryPeriod period, ZoneId zone, Currency currency,
                        Map<OrderStatus, Long> ordersByStatus, Totals totals, List<Slice> byFulfillment,
                        List<Slice> byHour, List<Slice> byDay, List<ItemSales> topItemsByQuantity,
                        List<ItemSales> topItemsByRevenue, long missedOrders, long cancellations,
                        Optional<Long> averagePrepSeconds, long ready, long readyOnTime,
                        List<StationSpeed> stationSpeeds) {
        this(restaurantName, period, zone, currency, ordersByStatus, totals, byFulfillment, byHour, byDay,
                topItemsByQuantity, topItemsByRevenue, missedOrders, cancellations, averagePrepSeconds, ready,
                readyOnTime, stationSpeeds, List.of());
    }

    /** A promo code's share of the discounts: the orders that count for sales priced with it, and what it took off. */
    public record PromotionSales(String code, long orders, long discount) {

        public PromotionSales {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A station's speed: over the accepted orders of the period in which it had lines and bumped
     * them all, the average seconds from the order's acceptance to the station's last bump.
     */
    public record StationSpeed(StationId stationId, String name, long orders, long averageSeconds) {

        public StationSpeed {
            Objects.requireNonNull(stationId, "stationId");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The share of ready orders that were ready by their promised time, when any were. */
    public Optional<Double> readyOnTimeShare() {
        return ready == 0 ? Optional.empty() : Optional.of((double) readyOnTime / ready);
    }

    /**
     * The money of the orders that count for sales. {@code netSales} = gross less discounts;
     * {@code totalCollected} = the orders' totals less refunds.
     */
    public record Totals(long orders, long grossSales, long discounts, long serviceFees, long deliveryFees,
                         long tax, long tips, long refunds, long totals) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public long netSales() {
            return grossSales - discounts;
        }

        public long totalCollected() {
            return totals - refunds;
        }

        /** Net sales per order, rounded half up to the minor unit; zero without orders. */
        public long averageTicket() {
            return orders == 0 ? 0 : Math.floorDiv(2 * netSales() + orders, 2 * orders);
        }
    }

    /**
     * One group of the orders that count: a fulfillment type, an hour of the day ({@code 00}..
     * {@code 23}), or a day ({@code 2026-11-25}).
     */
    public record Slice(String key, long orders, long netSales, long totalCollected) {

        public Slice {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A menu item as sold: by its name on the orders. */
    public record ItemSales(String name, long quantity, long revenue) {

        public ItemSales {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The days of the period, for a chart that shows the empty ones too. */
    public List<LocalDate> days() {
        return period.from().datesUntil(period.to().plusDays(1)).toList();
    }
}
