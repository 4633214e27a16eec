package dev.chit.bootstrap;

import java.time.Duration;

/**
 * How one instance behaves among others behind a load balancer.
 *
 * @param claimLease how long an idempotency key's claim lasts unless its instance renews it (a
 *                   dead instance's keys are free again this long after it died)
 * @param unreadyFor on SIGTERM, how long readiness answers DOWN while requests are still served,
 *                   so that load balancers stop sending new ones before the instance stops taking them
 * @param drainFor   then, how long requests in flight may take to finish before the server stops
 */
public record ServingSettings(Duration claimLease, Duration unreadyFor, Duration drainFor) {

    public ServingSettings {
        if (claimLease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("chit.idempotency.lease.seconds must be at least 3");
        }
        if (unreadyFor.isNegative() || drainFor.isNegative()) {
            throw new IllegalArgumentException("chit.shutdown.unready.seconds and chit.shutdown.drain.seconds "
                    + "must not be negative");
        }
    }

    /** Claims lease 12 seconds, renewed every 4; on SIGTERM, 5 seconds unready, then up to 20 to drain. */
    public static ServingSettings defaults() {
        return new ServingSettings(Duration.ofSeconds(12), Duration.ofSeconds(5), Duration.ofSeconds(20));
    }
}
