package dev.chit.bootstrap;

import java.time.Duration;

/**
 * How one instance behaves among others behind a load balancer: how long an idempotency key's
 * claim lasts unless its instance renews it (a dead instance's keys are free again this long
 * after it died).
 */
public record ServingSettings(Duration claimLease) {

    public ServingSettings {
        if (claimLease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("chit.idempotency.lease.seconds must be at least 3");
        }
    }

    /** Claims lease 12 seconds, renewed every 4. */
    public static ServingSettings defaults() {
        return new ServingSettings(Duration.ofSeconds(12));
    }
}
