package dev.chit.adapters.web.reports;

import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.report.SalesSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sales summary as the API shows it: amounts in minor units with the currency. */
record SummaryJson(String restaurant, String from, String to, String timezone, String currency,
                   Map<String, Long> ordersByStatus, Sales sales, List<Slice> byFulfillment, List<Slice> byHour,
                   List<Slice> byDay, TopItems topItems, long missedOrders, long cancellations,
                   Double averagePrepMinutes, Double readyOnTimeShare, List<Station> stationSpeeds,
                   List<PromoCode> discountsByCode) {

    record Sales(long orders, long grossSales, long discounts, long netSales, long serviceFees, long deliveryFees,
                 long tax, long tips, long refunds, long totalCollected, long averageTicket) {
    }

    record Slice(String key, long orders, long netSales, long totalCollected) {
    }

    record Item(String name, long quantity, long revenue) {
    }

    record TopItems(List<Item> byQuantity, List<Item> byRevenue) {
    }

    /** A kitchen station's average minutes from accept to its last bump, over the orders it finished. */
    record Station(UUID stationId, String name, long orders, double averageMinutes) {
    }

    /** A promo code's orders (that count for sales) and the discount they were given. */
    record PromoCode(String code, long orders, long discount) {
    }

    static SummaryJson of(SalesSummary summary) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (OrderStatus status : OrderStatus.ofPlacedOrders()) {
            statuses.put(status.name(), summary.ordersByStatus().getOrDefault(status, 0L));
        }
        var t = summary.totals();
        return new SummaryJson(summary.restaurantName(), summary.period().from().toString(),
                summary.period().to().toString(), summary.zone().getId(), summary.currency().getCurrencyCode(),
                statuses,
                new Sales(t.orders(), t.grossSales(), t.discounts(), t.netSales(), t.serviceFees(), t.deliveryFees(),
                        t.tax(), t.tips(), t.refunds(), t.totalCollected(), t.averageTicket()),
                slices(summary.byFulfillment()), slices(summary.byHour()), slices(summary.byDay()),
                new TopItems(items(summary.topItemsByQuantity()), items(summary.topItemsByRevenue())),
                summary.missedOrders(), summary.cancellations(),
                summary.averagePrepSeconds().map(SummaryJson::minutes).orElse(null),
                summary.readyOnTimeShare().map(share -> Math.round(share * 1000) / 1000.0).orElse(null),
                summary.stationSpeeds().stream().map(s -> new Station(s.stationId().value(), s.name(), s.orders(),
                        minutes(s.averageSeconds()))).toList(),
                summary.discountsByCode().stream().map(p -> new PromoCode(p.code(), p.orders(), p.discount()))
                        .toList());
    }

    // Minutes to one decimal.
    private static double minutes(long seconds) {
        return Math.round(seconds / 6.0) / 10.0;
    }

    private static List<Slice> slices(List<SalesSummary.Slice> slices) {
        return slices.stream().map(s -> new Slice(s.key(), s.orders(), s.netSales(), s.totalCollected())).toList();
    }

    private static List<Item> items(List<SalesSummary.ItemSales> items) {
        return items.stream().map(i -> new Item(i.name(), i.quantity(), i.revenue())).toList();
    }
}
