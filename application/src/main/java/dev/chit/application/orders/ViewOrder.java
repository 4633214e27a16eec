package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.application.support.AccessTokens;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Orders;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Set;

/**
 * Shows one order to those who may see it: the guest holding its access token, or someone of
 * its restaurant. To anyone else it does not exist (404, never 403: ids do not leak).
 */
public final class ViewOrder {

    private final Orders orders;

    public ViewOrder(Orders orders) {
        this.orders = orders;
    }

    public Order forGuest(OrderId orderId, String accessToken) {
        boolean allowed = orders.accessTokenHash(orderId)
                .map(hash -> AccessTokens.matches(accessToken, hash))
                .orElse(false);
        if (!allowed) {
            throw new NotFound("order", orderId);
        }
        return find(orderId);
    }

    /** @param visibleRestaurants the restaurants the caller works at */
    public Order forStaff(OrderId orderId, Set<RestaurantId> visibleRestaurants) {
        Order order = find(orderId);
        if (!visibleRestaurants.contains(order.restaurantId())) {
            throw new NotFound("order", orderId);
        }
        return order;
    }

    /** For someone signed in: an admin sees every order, anyone else those of the restaurants they work at. */
    public Order forCaller(Caller caller, OrderId orderId) {
        Order order = find(orderId);
        if (!caller.worksAt(order.restaurantId())) {
            throw new NotFound("order", orderId);
        }
        return order;
    }

    public Order forAdmin(OrderId orderId) {
        return find(orderId);
    }

    private Order find(OrderId orderId) {
        return orders.find(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }
}
