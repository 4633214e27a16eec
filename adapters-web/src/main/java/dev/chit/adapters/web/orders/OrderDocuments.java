package dev.chit.adapters.web.orders;

import dev.chit.domain.order.Order;

/** The order as the API shows it, for the services outside this package that write orders (exports). */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    /** What {@code Json.write} turns into the order's JSON, exactly as {@code GET /orders/{id}} answers it. */
    public static Object of(Order order) {
        return OrderJson.of(order);
    }
}
