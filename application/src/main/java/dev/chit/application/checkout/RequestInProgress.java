package dev.chit.application.checkout;

import dev.chit.domain.error.Conflict;

/** A request with the same idempotency key is being carried out right now. */
public class RequestInProgress extends Conflict {

    public RequestInProgress() {
        super("a request with this Idempotency-Key is still in progress; retry shortly");
    }
}
