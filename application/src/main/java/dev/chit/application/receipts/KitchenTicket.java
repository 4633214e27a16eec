package dev.chit.application.receipts;

import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.Restaurant;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kitchen's ticket says: the number, how the food leaves (and to which table or
 * address), when it is due on the restaurant's clock, and what to make. No prices: the pass
 * does not need them, and a ticket left on the counter should not show them.
 *
 * @param due          when the order should be ready (its current promise, delays included)
 * @param scheduledFor when the guest asked for it, for orders placed ahead
 */
public record KitchenTicket(
        String restaurantName,
        OrderId orderId,
        long number,
        Fulfillment fulfillment,
        ZonedDateTime placedAt,
        ZonedDateTime due,
        Optional<ZonedDateTime> scheduledFor,
        String customerName,
        List<PrintedLine> lines,
        Optional<String> notes) {

    public KitchenTicket {
        Objects.requireNonNull(restaurantName, "restaurantName");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(customerName, "customerName");
        lines = List.copyOf(lines);
        Objects.requireNonNull(notes, "notes");
    }

    /** The ticket of {@code order}, on {@code restaurant}'s clock. */
    public static KitchenTicket of(Order order, Restaurant restaurant) {
        var zone = restaurant.timezone();
        return new KitchenTicket(restaurant.name(), order.id(), order.number(), order.fulfillment(),
                order.placedAt().atZone(zone), order.estimatedReadyAt().atZone(zone),
                order.scheduledFor().map(at -> at.atZone(zone)), order.customer().name(),
                order.lines().stream().map(PrintedLine::of).toList(), order.notes());
    }
}
