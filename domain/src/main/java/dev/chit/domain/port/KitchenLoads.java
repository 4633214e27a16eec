package dev.chit.domain.port;

import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.restaurant.RestaurantId;

/** What each restaurant's kitchen has taken on and not finished. */
@FunctionalInterface
public interface KitchenLoads {

    /**
     * The restaurant's orders that hold kitchen capacity: ACCEPTED and PREPARING ones, and PLACED
     * ones scheduled for later (a scheduled order books its slot when placed). Inside a
     * transaction that holds the restaurant's order-number lock, it sees every order committed
     * before the lock was taken.
     */
    KitchenLoad of(RestaurantId restaurantId);
}
