package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.checkout.AppliedPromotionJson;
import dev.chit.adapters.web.checkout.CartJson.FulfillmentJson;
import dev.chit.adapters.web.checkout.OptionJson;
import dev.chit.domain.order.ActorType;
import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderLine;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.station.StationId;

import dev.chit.adapters.web.checkout.TaxJson;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order as every client sees it (API.md, "The order"). Absent values are written as
 * {@code null}, never left out, so the shape of an order does not change as it moves.
 * {@code disputed}: the guest disputes the charge with their bank (Stripe's {@code charge.dispute.created}).
 */
record OrderJson(
        UUID id,
        Long number,
        UUID restaurantId,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentJson fulfillment,
        Instant scheduledFor,
        CustomerJson customer,
        List<LineJson> lines,
        long subtotal,
        long tax,
        long deliveryFee,
        long serviceFee,
        long tip,
        long discount,
        long total,
        long refunded,
        String currency,
        String notes,
        Instant placedAt,
        Instant acceptedAt,
        Instant estimatedReadyAt,
        Instant readyAt,
        Instant completedAt,
        long version,
        List<HistoryJson> history,
        List<TaxJson> taxes,
        boolean taxIncluded,
        boolean disputed,
        AppliedPromotionJson promotion) {

    static OrderJson of(Order order) {
        var totals = order.totals();
        // An order awaiting the guest's bank has no number yet (API.md: "number": null).
        return new OrderJson(order.id().value(), order.isNumbered() ? order.number() : null,
                order.restaurantId().value(), order.status(),
                order.paymentStatus(), FulfillmentJson.of(order.fulfillment()), order.scheduledFor().orElse(null),
                new CustomerJson(order.customer().name(), order.customer().email(),
                        order.customer().phone().orElse(null), order.customer().language().tag()),
                order.lines().stream().map(LineJson::of).toList(),
                totals.subtotal().minorUnits(), totals.tax().minorUnits(), totals.deliveryFee().minorUnits(),
                totals.serviceFee().minorUnits(), totals.tip().minorUnits(), totals.discount().minorUnits(),
                totals.total().minorUnits(), order.refunded().minorUnits(), order.currency().getCurrencyCode(),
                order.notes().orElse(null), order.placedAt(), order.acceptedAt().orElse(null),
                order.estimatedReadyAt(), order.readyAt().orElse(null), order.completedAt().orElse(null),
                order.version(), order.history().stream().map(HistoryJson::of).toList(),
                TaxJson.of(totals.taxes()), totals.taxIncluded(), order.disputed(),
                AppliedPromotionJson.of(totals.promotion()));
    }

    /** {@code locale}: the language the guest ordered in, which their emails and receipts speak. */
    record CustomerJson(String name, String email, String phone, String locale) {
    }

    /** A line; {@code stationIds} were fixed when the order was placed, {@code doneAt} is null until bumped. */
    record LineJson(UUID id, UUID menuItemId, String name, int quantity, long unitPrice, List<OptionJson> options,
                    String note, long lineTotal, int refundedQuantity, List<UUID> stationIds, Instant doneAt) {

        static LineJson of(OrderLine line) {
            return new LineJson(line.id().value(), line.menuItemId().value(), line.name(), line.quantity(),
                    line.unitPrice().minorUnits(), line.options().stream().map(OptionJson::of).toList(),
                    line.note().orElse(null), line.lineTotal().minorUnits(), line.refundedQuantity(),
                    line.stationIds().stream().map(StationId::value).toList(), line.doneAt().orElse(null));
        }
    }

    /** One move; {@code from} is null for the placing of the order. */
    record HistoryJson(OrderStatus from, OrderStatus to, Instant at, ActorJson actor, String reason) {

        static HistoryJson of(HistoryEntry entry) {
            return new HistoryJson(entry.from().orElse(null), entry.to(), entry.at(),
                    new ActorJson(entry.actor().type(), entry.actor().id().orElse(null)), entry.reason().orElse(null));
        }
    }

    /** Who moved the order; {@code id} is the staff member's user id, null for guests and the system. */
    record ActorJson(ActorType type, UUID id) {
    }
}
