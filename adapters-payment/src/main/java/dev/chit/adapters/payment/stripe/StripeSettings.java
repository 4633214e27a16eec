package dev.chit.adapters.payment.stripe;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How Chit reaches Stripe.
 *
 * @param secretKey      the platform's secret key ({@code sk_...}); never logged, never shown
 * @param apiBase        where Stripe's API is: {@value #API_BASE}, or a stand-in on loopback in tests
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer; a call slower than this counts as unanswered
 */
public record StripeSettings(String secretKey, URI apiBase, Duration connectTimeout, Duration readTimeout) {

    public static final String API_BASE = "https://api.stripe.com";

    public StripeSettings {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("the Stripe secret key is missing");
        }
        Objects.requireNonNull(apiBase, "apiBase");
        if (!"https".equals(apiBase.getScheme()) && !"http".equals(apiBase.getScheme())) {
            throw new IllegalArgumentException("the Stripe API base must be an http(s) URL");
        }
        if (!connectTimeout.isPositive() || !readTimeout.isPositive()) {
            throw new IllegalArgumentException("the Stripe timeouts must be positive");
        }
    }

    /** Stripe's own API, with timeouts well under the checkout's patience. */
    public static StripeSettings of(String secretKey, URI apiBase) {
        return new StripeSettings(secretKey, apiBase, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    // The key must not reach a log through a print of the settings.
    @Override
    public String toString() {
        return "StripeSettings[secretKey=***, apiBase=" + apiBase + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
