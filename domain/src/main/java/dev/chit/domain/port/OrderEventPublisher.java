package dev.chit.domain.port;

import dev.chit.domain.order.OrderEvent;

/**
 * Where the order events go. Published inside the transaction that changes the order, so an
 * event exists exactly when its change does; each gets the next sequence number of its
 * restaurant, which the live board resumes from.
 */
public interface OrderEventPublisher {

    /** @return the event's sequence number within its restaurant */
    long publish(OrderEvent event);
}
