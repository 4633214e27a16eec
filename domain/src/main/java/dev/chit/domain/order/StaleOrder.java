package dev.chit.domain.order;

import dev.chit.domain.error.Conflict;

/** Someone else changed the order since it was read: the caller must read it again. */
public class StaleOrder extends Conflict {

    private final OrderId orderId;
    private final long expectedVersion;

    public StaleOrder(OrderId orderId, long expectedVersion) {
        super("order " + orderId + " was changed by someone else (expected version " + expectedVersion + ")");
        this.orderId = orderId;
        this.expectedVersion = expectedVersion;
    }

    public OrderId orderId() {
        return orderId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
