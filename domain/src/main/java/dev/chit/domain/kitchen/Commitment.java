package dev.chit.domain.kitchen;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One order the kitchen has taken on and not finished: accepted or in preparation, or placed
 * for a later time (a scheduled order holds its slot from the moment it is placed).
 *
 * @param acceptedAt   when it was accepted; empty while it waits
 * @param scheduledFor the time the guest asked for; empty for "as soon as possible"
 * @param promisedAt   its {@code estimatedReadyAt}
 */
public record Commitment(Optional<Instant> acceptedAt, Optional<Instant> scheduledFor, Instant promisedAt) {

    private static final Duration LONGEST = Duration.ofMinutes(240);

    public Commitment {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(promisedAt, "promisedAt");
    }

    /**
     * The prep-minutes of work it takes. An order accepted for "as soon as possible" was promised
     * its prep time on accept (a delay stretches it, and rightly: the kitchen said it needs
     * longer); for a scheduled or not yet accepted order the time from accept to promise says
     * nothing about the work, so it counts as the restaurant's default.
     */
    public Duration work(Duration defaultPrep) {
        if (acceptedAt.isEmpty() || scheduledFor.isPresent()) {
            return defaultPrep;
        }
        Duration promised = Duration.between(acceptedAt.get(), promisedAt);
        if (promised.compareTo(Duration.ofMinutes(1)) < 0) {
            return Duration.ofMinutes(1);
        }
        return promised.compareTo(LONGEST) > 0 ? LONGEST : promised;
    }
}
