package dev.chit.domain.port;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

/** Orders scheduled for later, and whether the kitchen has been told that their time to start came. */
public interface ScheduledOrders {

    /** A scheduled order still waiting for its time. */
    record Waiting(OrderId orderId, RestaurantId restaurantId, Instant scheduledFor) {
    }

    /**
     * Placed or accepted orders scheduled for {@code latest} or sooner that have not been fired
     * to the kitchen yet, soonest first, at most {@code limit}.
     */
    List<Waiting> waitingUntil(Instant latest, int limit);

    /**
     * Marks the order fired to the kitchen at {@code at}, if nobody did it before.
     *
     * @return whether this call did it (of several instances, exactly one does)
     */
    boolean fire(OrderId orderId, Instant at);
}
