package dev.chit.application.orders;

import dev.chit.domain.error.Conflict;
import dev.chit.domain.order.OrderId;

/**
 * The guest answered a bank's challenge that no payment of the order waits for: the order is
 * placed or cancelled already, or its authentication was answered before (409).
 */
public class NoAuthenticationAwaited extends Conflict {

    public NoAuthenticationAwaited(OrderId orderId) {
        super("order " + orderId + " awaits no authentication of its payment");
    }
}
