package dev.chit.application.live;

import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.Order;

import java.util.List;

/**
 * Writes what the clients are sent, with the order exactly as the API shows it; the web adapter
 * implements it with the API's own JSON. Each event is written once per server, however many
 * clients receive it.
 */
public interface LiveFrames {

    /** An {@code order.created} or {@code order.updated} frame: the event's {@code seq} and the order as it is now. */
    String event(LoggedOrderEvent event, Order order);

    /** A {@code snapshot} frame: these orders, as of {@code seq}. */
    String snapshot(long seq, List<Order> orders);
}
