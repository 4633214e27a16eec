package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;

import java.time.Clock;
import java.time.Instant;

/**
 * The restaurant's orders for the board and for search, a page at a time. The board leaves out
 * the scheduled orders the kitchen need not start yet: placed or accepted, and due later than
 * the restaurant's prep time from now (busy mode's extra included), unless asked for them all.
 */
public final class ListOrders {

    /** Which scheduled orders a list shows. */
    public enum Scheduled {
        /** Only those the kitchen should have started by now (the board). */
        WHEN_DUE,
        /** All of them, whenever they are due (search, planning ahead). */
        INCLUDE
    }

    private final Orders orders;
    private final Restaurants restaurants;
    private final Clock clock;

    public ListOrders(Orders orders, Restaurants restaurants, Clock clock) {
        this.orders = orders;
        this.restaurants = restaurants;
        this.clock = clock;
    }

    public OrderPage list(OrderQuery query) {
        return orders.search(query);
    }

    /** @throws dev.chit.domain.error.NotFound unless the caller works at the query's restaurant */
    public OrderPage list(Caller caller, OrderQuery query, Scheduled scheduled) {
        caller.requireStaffOf(query.restaurantId());
        if (scheduled == Scheduled.INCLUDE) {
            return orders.search(query);
        }
        Instant now = clock.instant();
        OrderQuery dueOnly = restaurants.find(query.restaurantId())
                .map(restaurant -> query.scheduledDueBy(now.plus(restaurant.settings().prepTimeAt(now))))
                .orElse(query);
        return orders.search(dueOnly);
    }
}
