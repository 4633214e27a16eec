package dev.chit.domain.port;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent;

/**
 * Tells the guest about their order. Called inside the transaction of the change, so an
 * implementation records the message to send (an outbox) rather than sending it there.
 */
public interface Notifier {

    void orderChanged(Order order, OrderEvent event);
}
