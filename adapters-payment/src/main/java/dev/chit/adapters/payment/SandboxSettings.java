package dev.chit.adapters.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sandbox network behaves in time.
 *
 * @param latency how long each call takes
 * @param timeout how long Chit waits for an answer; a call slower than this is carried out
 *                by the network but its answer never arrives, as with a real one
 */
public record SandboxSettings(Duration latency, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SandboxSettings {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(timeout, "timeout");
        if (latency.isNegative() || !timeout.isPositive()) {
            throw new IllegalArgumentException("latency must not be negative and the timeout must be positive");
        }
    }

    /** Answers at once; for tests. */
    public static SandboxSettings instant() {
        return new SandboxSettings(Duration.ZERO, DEFAULT_TIMEOUT);
    }
}
