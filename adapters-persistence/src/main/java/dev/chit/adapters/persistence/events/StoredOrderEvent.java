package dev.chit.adapters.persistence.events;

import dev.chit.domain.order.OrderEvent;

import java.util.Objects;

/**
 * An order event as the live board replays it: its sequence number within the restaurant and
 * its wire type ({@code order.created} or {@code order.updated}).
 */
public record StoredOrderEvent(long seq, String type, OrderEvent event) {

    public StoredOrderEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(event, "event");
    }
}
