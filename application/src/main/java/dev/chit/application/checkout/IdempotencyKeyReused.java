package dev.chit.application.checkout;

import dev.chit.domain.error.Conflict;

/** The idempotency key was used before for a request with a different body. */
public class IdempotencyKeyReused extends Conflict {

    public IdempotencyKeyReused() {
        super("this Idempotency-Key was already used for a different request");
    }
}
