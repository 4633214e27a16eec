package dev.chit.domain.port;

/**
 * The database behind the repositories cannot be reached right now: it is restarting, the
 * network to it is down, or every pooled connection is busy past the pool's patience. Not a
 * rejection of the request and not a fault of the code: the same request may succeed in a few
 * seconds. A write cut off at its commit may or may not have committed; a checkout retried
 * with its {@code Idempotency-Key} answers what was stored, or places it once.
 */
public final class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
