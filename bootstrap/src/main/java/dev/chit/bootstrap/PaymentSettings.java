package dev.chit.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How Chit takes card payments.
 *
 * @param gateway        which card network: {@code sandbox} (the only one so far)
 * @param sandboxLatency how long each call to the sandbox network takes, to feel a real one
 * @param settleEvery    how often the settling job finishes payment calls whose answer was lost
 */
public record PaymentSettings(String gateway, Duration sandboxLatency, Duration settleEvery) {

    public static final String SANDBOX = "sandbox";

    /**
     * How long a checkout's authorization may stay unsettled before the job takes its order for
     * never stored and releases what it reserved: well above the longest checkout, the card
     * network's time-out (10 s) included.
     */
    public static final Duration ABANDON_AFTER = Duration.ofMinutes(2);

    public PaymentSettings {
        gateway = Objects.requireNonNull(gateway, "gateway").strip().toLowerCase(Locale.ROOT);
        if (!gateway.equals(SANDBOX)) {
            throw new IllegalArgumentException("unknown payment gateway '" + gateway + "': only 'sandbox' is available");
        }
        if (sandboxLatency.isNegative()) {
            throw new IllegalArgumentException("the sandbox latency must not be negative");
        }
        if (!settleEvery.isPositive()) {
            throw new IllegalArgumentException("the settling interval must be positive");
        }
    }

    /** The sandbox, answering at once, settling every 30 seconds. */
    public static PaymentSettings defaults() {
        return new PaymentSettings(SANDBOX, Duration.ZERO, Duration.ofSeconds(30));
    }

    public PaymentSettings withSandboxLatency(Duration latency) {
        return new PaymentSettings(gateway, latency, settleEvery);
    }
}
