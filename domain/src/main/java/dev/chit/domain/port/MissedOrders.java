package dev.chit.domain.port;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

/** Orders nobody accepted in time, and how many a restaurant has missed one after another. */
public interface MissedOrders {

    /** The restaurant's PLACED orders placed at or before {@code placedBy}, oldest first, at most {@code limit}. */
    List<OrderId> waitingSince(RestaurantId restaurantId, Instant placedBy, int limit);

    /**
     * Counts one more missed order at {@code at}. Misses are "in a row" while no order of the
     * restaurant was accepted since the previous one. Takes the restaurant's row lock, so
     * concurrent counters queue.
     *
     * @return how many orders in a row the restaurant has now missed
     */
    int recordMiss(RestaurantId restaurantId, Instant at);

    /** Starts the count again, as a pause for missed orders does. */
    void forgetMisses(RestaurantId restaurantId);
}
