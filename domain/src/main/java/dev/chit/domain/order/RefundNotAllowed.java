package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;

/** A refund that would return more than was captured, or money that was never taken. */
public class RefundNotAllowed extends InvalidInput {

    public RefundNotAllowed(String message) {
        super("amount", "refund-not-allowed", message);
    }
}
