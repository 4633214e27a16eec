package dev.chit.domain.order;

import dev.chit.domain.error.DomainException;

/** The move exists, but not for this actor (a non-manager cancelling food already cooking). */
public class TransitionNotPermitted extends DomainException {

    public TransitionNotPermitted(OrderStatus from, OrderStatus to, String who) {
        super("only " + who + " may move an order from " + from + " to " + to);
    }
}
