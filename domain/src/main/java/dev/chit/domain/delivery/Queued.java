package dev.chit.domain.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A message in a delivery queue. {@code id} is the same on every attempt (the receiver drops
 * duplicates by it); {@code attempts} counts the claims so far; the retry policy reckons from
 * {@link #attemptsSince()}.
 */
public interface Queued {

    UUID id();

    int attempts();

    Instant createdAt();

    /** When a person last sent it back to the queue after it was given up on, if ever. */
    Optional<Instant> requeuedAt();

    /** Where its budget of attempts began: when it was written, or sent back to the queue since. */
    default Instant attemptsSince() {
        return requeuedAt().orElse(createdAt());
    }
}
