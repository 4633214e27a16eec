package dev.chit.domain.port;

import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;

/**
 * The order events as they were stored, per restaurant and in {@code seq} order: what the live
 * board replays to a client that comes back, and what every server instance reads the events
 * from (a signal only says that there is something new to read).
 */
public interface OrderEventLog {

    /** The restaurant's last committed {@code seq}; 0 before its first event. */
    long lastSeq(RestaurantId restaurantId);

    /** The restaurant's events after {@code afterSeq}, in order, at most {@code limit}. */
    List<LoggedOrderEvent> after(RestaurantId restaurantId, long afterSeq, int limit);

    /**
     * Forgets the events stored before {@code cutoff}; a board resuming from one of them gets a
     * snapshot instead of a replay.
     *
     * @return how many were forgotten
     */
    int forgetBefore(Instant cutoff);
}
