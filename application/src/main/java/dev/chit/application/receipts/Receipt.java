package dev.chit.application.receipts;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.OrderTotals;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.restaurant.Restaurant;

import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guest's receipt says: who sold it, when (on the restaurant's clock), what, for how
 * much, what was refunded, and where the payment stands.
 */
public record Receipt(
        String restaurantName,
        Optional<String> restaurantAddress,
        OrderId orderId,
        long number,
        ZonedDateTime placedAt,
        String customerName,
        Fulfillment fulfillment,
        List<PrintedLine> lines,
        Optional<String> notes,
        OrderTotals totals,
        Money refunded,
        OrderStatus status,
        PaymentStatus paymentStatus,
        GuestLanguage language) {

    public Receipt {
        Objects.requireNonNull(restaurantName, "restaurantName");
        Objects.requireNonNull(restaurantAddress, "restaurantAddress");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(fulfillment, "fulfillment");
        lines = List.copyOf(lines);
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(language, "language");
    }

    /** A receipt in English, the language of orders placed before guests chose one. */
    public Receipt(String restaurantName, Optional<String> restaurantAddress, OrderId orderId, long number,
                   ZonedDateTime placedAt, String customerName, Fulfillment fulfillment, List<PrintedLine> lines,
                   Optional<String> notes, OrderTotals totals, Money refunded, OrderStatus status,
                   PaymentStatus paymentStatus) {
        this(restaurantName, restaurantAddress, orderId, number, placedAt, customerName, fulfillment, lines, notes,
                totals, refunded, status, paymentStatus, GuestLanguage.EN);
    }

    /** The receipt of {@code order}, sold by {@code restaurant}. */
    public static Receipt of(Order order, Restaurant restaurant) {
        return new Receipt(restaurant.name(), restaurant.address(), order.id(), order.number(),
                order.placedAt().atZone(restaurant.timezone()), order.customer().name(), order.fulfillment(),
                order.lines().stream().map(PrintedLine::of).toList(), order.notes(), order.totals(), order.refunded(),
                order.status(), order.paymentStatus(), order.customer().language());
    }

    public Currency currency() {
        return totals.currency();
    }
}
