package dev.chit.application.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a message again: {@code first} after the first failed attempt, doubling each
 * time, never more than {@code longest} apart; after {@code giveUpAfter} since it was written
 * the next failure makes it dead. {@code lease} is how long a claim lasts before another sender
 * may take the message (a crash mid-delivery); {@code batch} how many one run claims.
 */
public record RetryPolicy(Duration first, Duration longest, Duration giveUpAfter, Duration lease, int batch) {

    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        Objects.requireNonNull(lease, "lease");
        if (!first.isPositive() || longest.compareTo(first) < 0 || !giveUpAfter.isPositive() || !lease.isPositive()
                || batch < 1) {
            throw new IllegalArgumentException("a retry policy needs positive times, longest >= first, batch >= 1");
        }
    }

    /** 10 s, 20 s, 40 s ... at most an hour apart, for 24 hours; claims last two minutes. */
    public static RetryPolicy standard() {
        return giveUpAfter(Duration.ofHours(24));
    }

    public static RetryPolicy giveUpAfter(Duration giveUpAfter) {
        return new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), giveUpAfter, Duration.ofMinutes(2), 20);
    }

    /** The wait after the {@code attempts}-th attempt failed (1-based). */
    public Duration backoffAfter(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    public boolean givesUp(Instant createdAt, Instant now) {
        return !now.isBefore(createdAt.plus(giveUpAfter));
    }
}
