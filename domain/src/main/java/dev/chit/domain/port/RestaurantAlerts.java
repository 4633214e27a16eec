package dev.chit.domain.port;

import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;

/**
 * What a restaurant's managers must be told about the restaurant itself (rather than one order).
 * Called inside the transaction that made the change, so an outbox can take it with the change.
 */
public interface RestaurantAlerts {

    /** The restaurant missed {@code missedInARow} orders in a row and paused itself until {@code until}. */
    void pausedForMissedOrders(RestaurantId restaurantId, int missedInARow, Instant until);
}
