package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;

/** A refund that would return more than was captured, or money that was never taken. */
public class RefundNotAllowed extends InvalidInput {

    public RefundNotAllowed(String message) {
        this("amount", message);
    }

    /** A refund not allowed, told against {@code field} (the {@code lines} of a refund by line). */
    public RefundNotAllowed(String field, String message) {
        super(field, "refund-not-allowed", message);
    }
}
