package dev.chit.application.receipts;

import dev.chit.application.access.Caller;
import dev.chit.application.orders.ViewOrder;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Restaurants;

import java.util.Objects;

/**
 * The guest's receipt, to those who may see the order: the guest holding its access token,
 * its restaurant's people, and admins. To anyone else it does not exist (404).
 */
public final class ShowReceipt {

    private final ViewOrder viewOrder;
    private final Restaurants restaurants;
    private final Printer printer;

    public ShowReceipt(ViewOrder viewOrder, Restaurants restaurants, Printer printer) {
        this.viewOrder = Objects.requireNonNull(viewOrder, "viewOrder");
        this.restaurants = Objects.requireNonNull(restaurants, "restaurants");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    /** @throws NotFound unless {@code accessToken} is the order's */
    public Receipt forGuest(OrderId orderId, String accessToken) {
        return receiptOf(viewOrder.forGuest(orderId, accessToken));
    }

    /** @throws NotFound unless the caller works at the order's restaurant, or is an admin */
    public Receipt forCaller(Caller caller, OrderId orderId) {
        return receiptOf(viewOrder.forCaller(caller, orderId));
    }

    /** The receipt laid out as a page or a PDF. */
    public byte[] print(Receipt receipt, PrintFormat format) {
        return printer.receipt(receipt, format);
    }

    private Receipt receiptOf(Order order) {
        var restaurant = restaurants.find(order.restaurantId())
                .orElseThrow(() -> new NotFound("order", order.id()));
        return Receipt.of(order, restaurant);
    }
}
