package dev.chit.domain.port;

import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.order.OrderId;

import java.util.List;

/**
 * The emails (the guest's, the managers' alerts, the scheduled reports), written in the
 * transaction of the change they tell of (so a message exists exactly when its change does) and
 * sent after it committed, at least once, as every {@link DeliveryQueue}.
 */
public interface Outbox extends DeliveryQueue<OutboxMessage> {

    /** Adds a new message; call inside the transaction of the change. */
    void enqueue(OutboxMessage message);

    /** The messages given up on, newest first. */
    List<OutboxMessage> dead(int limit);

    /** The messages about one order, in the order they were written. */
    List<OutboxMessage> about(OrderId orderId);
}
