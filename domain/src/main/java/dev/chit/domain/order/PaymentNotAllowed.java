package dev.chit.domain.order;

import dev.chit.domain.error.Conflict;

/** The order's payment cannot become what was asked from where it stands (voiding a capture, say). */
public class PaymentNotAllowed extends Conflict {

    public PaymentNotAllowed(PaymentStatus from, PaymentStatus to) {
        super("the order's payment cannot become " + to + " from " + from);
    }
}
