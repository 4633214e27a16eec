package dev.chit.application.auth;

import dev.chit.domain.error.DomainException;

import java.time.Duration;

/** Too many failed sign-ins for the email or from the address; try again after {@link #retryAfter()}. */
public final class TooManySignInAttempts extends DomainException {

    private final Duration retryAfter;

    public TooManySignInAttempts(Duration retryAfter) {
        super("too many failed sign-ins; try again in " + seconds(retryAfter) + " seconds");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
