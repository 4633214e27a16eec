package dev.chit.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How Chit takes card payments.
 *
 * @param gateway              which card network: {@code sandbox} (in memory) or {@code stripe}
 * @param sandboxLatency       how long each call to the sandbox network takes, to feel a real one
 * @param settleEvery          how often the settling job finishes payment calls whose answer was lost
 * @param giveUpUnplaced       how long a checkout's authorization may stay unsettled before the job
 *                             takes its order for never stored and releases what it reserved: well
 *                             above the longest checkout, the card network's time-out (10 s) included
 * @param stripe               the platform's Stripe keys; required when the gateway is {@code stripe}
 * @param abandonAwaitingAfter how long an order may wait for the guest's bank (3-D Secure) before
 *                             the system cancels it and gives its payment up (API.md: 30 minutes)
 */
public record PaymentSettings(String gateway, Duration sandboxLatency, Duration settleEvery, Duration giveUpUnplaced,
                              Optional<StripeKeys> stripe, Duration abandonAwaitingAfter) {

    public static final String SANDBOX = "sandbox";
    public static final String STRIPE = "stripe";

    /** How long an unsettled checkout's authorization waits before it is given up, unless set otherwise. */
    public static final Duration GIVE_UP_UNPLACED = Duration.ofMinutes(2);

    /** How long an order waits for the guest's bank (3-D Secure) unless set otherwise. */
    public static final Duration ABANDON_AWAITING_AFTER = Duration.ofMinutes(30);

    /** The card network's time-out is 10 s: a checkout still running is never given up. */
    private static final Duration LONGEST_CHECKOUT = Duration.ofSeconds(15);

    public PaymentSettings {
        gateway = Objects.requireNonNull(gateway, "gateway").strip().toLowerCase(Locale.ROOT);
        if (!gateway.equals(SANDBOX) && !gateway.equals(STRIPE)) {
            throw new IllegalArgumentException("unknown payment gateway '" + gateway + "': use 'sandbox' or 'stripe'");
        }
        Objects.requireNonNull(stripe, "stripe");
        if (gateway.equals(STRIPE) && stripe.isEmpty()) {
            throw new IllegalArgumentException("CHIT_PAYMENT_GATEWAY=stripe needs CHIT_STRIPE_SECRET_KEY, the "
                    + "platform's secret key (sk_live_... or sk_test_...) from Stripe's dashboard");
        }
        if (sandboxLatency.isNegative()) {
            throw new IllegalArgumentException("the sandbox latency must not be negative");
        }
        if (!settleEvery.isPositive()) {
            throw new IllegalArgumentException("the settling interval must be positive");
        }
        if (giveUpUnplaced.compareTo(LONGEST_CHECKOUT) < 0) {
            throw new IllegalArgumentException("CHIT_PAYMENT_SETTLE_UNPLACED_SECONDS must be at least "
                    + LONGEST_CHECKOUT.toSeconds() + ": a checkout may still be running until then");
        }
        if (!abandonAwaitingAfter.isPositive()) {
            throw new IllegalArgumentException("the time a guest has for the bank's check (CHIT_PAYMENT_ABANDON_AFTER_MINUTES)"
                    + " must be positive");
        }
    }

    public PaymentSettings(String gateway, Duration sandboxLatency, Duration settleEvery, Optional<StripeKeys> stripe,
                           Duration abandonAwaitingAfter) {
        this(gateway, sandboxLatency, settleEvery, GIVE_UP_UNPLACED, stripe, abandonAwaitingAfter);
    }

    public PaymentSettings(String gateway, Duration sandboxLatency, Duration settleEvery) {
        this(gateway, sandboxLatency, settleEvery, Optional.empty(), ABANDON_AWAITING_AFTER);
    }

    /** The sandbox, answering at once, settling every 30 seconds. */
    public static PaymentSettings defaults() {
        return new PaymentSettings(SANDBOX, Duration.ZERO, Duration.ofSeconds(30));
    }

    public PaymentSettings withSandboxLatency(Duration latency) {
        return new PaymentSettings(gateway, latency, settleEvery, giveUpUnplaced, stripe, abandonAwaitingAfter);
    }

    /** Payments through Stripe with these keys. */
    public PaymentSettings withStripe(StripeKeys keys) {
        return new PaymentSettings(STRIPE, sandboxLatency, settleEvery, giveUpUnplaced, Optional.of(keys),
                abandonAwaitingAfter);
    }

    /** Orders left waiting for the guest's bank this long are cancelled. */
    public PaymentSettings withAbandonAwaitingAfter(Duration after) {
        return new PaymentSettings(gateway, sandboxLatency, settleEvery, giveUpUnplaced, stripe, after);
    }
}
