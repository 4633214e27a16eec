package dev.chit.adapters.web.restaurants;

import dev.chit.application.restaurants.ShowRestaurants.Listed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A restaurant in the public directory: what a guest needs to choose where to order, and no
 * setting more (no fees, rates or capacity; those show on the menu and the quote).
 */
record ListedRestaurantJson(
        UUID id,
        String name,
        String address,
        String currency,
        String timezone,
        boolean acceptingOrders,
        boolean openNow,
        Instant pausedUntil) {

    static ListedRestaurantJson of(Listed listed) {
        var restaurant = listed.restaurant();
        return new ListedRestaurantJson(restaurant.id().value(), restaurant.name(), restaurant.address().orElse(null),
                restaurant.currency().getCurrencyCode(), restaurant.timezone().getId(),
                restaurant.settings().acceptingOrders(), listed.openNow(),
                restaurant.settings().pausedUntil().orElse(null));
    }

    record PageJson(List<ListedRestaurantJson> items, String nextCursor) {
    }
}
