package dev.chit.application.restaurants;

import dev.chit.domain.error.DomainException;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * The manager asked for a change only if the restaurant was still at the version they last saw
 * ({@code If-Match}), and someone changed it since: they should look again before deciding (412).
 */
public class StaleSettings extends DomainException {

    public StaleSettings(RestaurantId restaurantId, long expected, long current) {
        super("restaurant " + restaurantId + " is at version " + current + ", not " + expected + "; read it again");
    }
}
