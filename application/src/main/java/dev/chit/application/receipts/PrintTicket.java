package dev.chit.application.receipts;

import dev.chit.application.access.Caller;
import dev.chit.application.orders.ViewOrder;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Restaurants;

import java.util.Objects;

/**
 * The kitchen ticket of an order, for the people of its restaurant (and admins); guests and
 * other restaurants' people never see it (404).
 */
public final class PrintTicket {

    private final ViewOrder viewOrder;
    private final Restaurants restaurants;
    private final Printer printer;

    public PrintTicket(ViewOrder viewOrder, Restaurants restaurants, Printer printer) {
        this.viewOrder = Objects.requireNonNull(viewOrder, "viewOrder");
        this.restaurants = Objects.requireNonNull(restaurants, "restaurants");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    /** @throws NotFound unless the caller works at the order's restaurant, or is an admin */
    public KitchenTicket ticket(Caller caller, OrderId orderId) {
        Order order = viewOrder.forCaller(caller, orderId);
        var restaurant = restaurants.find(order.restaurantId())
                .orElseThrow(() -> new NotFound("order", orderId));
        return KitchenTicket.of(order, restaurant);
    }

    /** The ticket laid out for an 80 mm printer, as a page or a PDF. */
    public byte[] print(KitchenTicket ticket, PrintFormat format) {
        return printer.ticket(ticket, format);
    }
}
