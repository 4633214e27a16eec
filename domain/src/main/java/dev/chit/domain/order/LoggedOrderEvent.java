package dev.chit.domain.order;

import java.util.Objects;

/**
 * An order event as the restaurant's event log keeps it: with its sequence number, which
 * increases by one per event of the restaurant, in the order the changes were committed.
 */
public record LoggedOrderEvent(long seq, OrderEvent event) {

    public LoggedOrderEvent {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be positive: " + seq);
        }
        Objects.requireNonNull(event, "event");
    }

    /** Whether the event brought the order into being ({@code order.created}) rather than changed it. */
    public boolean created() {
        return event instanceof OrderEvent.OrderPlaced;
    }
}
