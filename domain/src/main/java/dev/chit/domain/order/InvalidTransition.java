package dev.chit.domain.order;

import dev.chit.domain.error.Conflict;

/** The move is not in the order's transition table from where the order stands. */
public class InvalidTransition extends Conflict {

    private final OrderStatus from;
    private final OrderStatus to;

    public InvalidTransition(OrderStatus from, OrderStatus to, String why) {
        super("cannot move an order from " + from + " to " + to + ": " + why);
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
