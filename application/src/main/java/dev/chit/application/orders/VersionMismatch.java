package dev.chit.application.orders;

import dev.chit.domain.error.DomainException;
import dev.chit.domain.order.OrderId;

/**
 * The caller asked for a move only if the order was still at the version they last saw
 * ({@code If-Match}), and it no longer is: they should look again before deciding (412). This is
 * told apart from a move that loses a race while being made ({@link dev.chit.domain.order.StaleOrder}, 409).
 */
public class VersionMismatch extends DomainException {

    public VersionMismatch(OrderId orderId, long expected, long current) {
        super("order " + orderId + " is at version " + current + ", not " + expected + "; read it again");
    }
}
