package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.Orders;

/** The restaurant's orders for the board and for search, a page at a time. */
public final class ListOrders {

    private final Orders orders;

    public ListOrders(Orders orders) {
        this.orders = orders;
    }

    public OrderPage list(OrderQuery query) {
        return orders.search(query);
    }

    /** @throws dev.chit.domain.error.NotFound unless the caller works at the query's restaurant */
    public OrderPage list(Caller caller, OrderQuery query) {
        caller.requireStaffOf(query.restaurantId());
        return orders.search(query);
    }
}
