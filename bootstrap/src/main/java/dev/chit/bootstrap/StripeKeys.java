package dev.chit.bootstrap;

import dev.chit.adapters.web.apps.GuestPayments;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's Stripe keys ({@code CHIT_STRIPE_*}). The secret key and the webhook secret never
 * leave the server; only the publishable key is shown, to the guest app.
 *
 * @param apiBase   Stripe's API, {@code https://api.stripe.com} unless tests point it at a stand-in
 * @param scriptUrl where the guest's browser loads Stripe.js from, {@code https://js.stripe.com/v3/}
 *                  unless browser tests serve a stand-in
 */
public record StripeKeys(String secretKey, Optional<String> publishableKey, Optional<String> webhookSecret,
                         URI apiBase, URI scriptUrl) {

    public static final URI API_BASE = URI.create("https://api.stripe.com");
    public static final URI SCRIPT_URL = GuestPayments.STRIPE_JS;

    public StripeKeys {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("CHIT_STRIPE_SECRET_KEY is missing");
        }
        Objects.requireNonNull(publishableKey, "publishableKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(scriptUrl, "scriptUrl");
    }

    /** Keys whose guests load Stripe.js from Stripe. */
    public StripeKeys(String secretKey, Optional<String> publishableKey, Optional<String> webhookSecret, URI apiBase) {
        this(secretKey, publishableKey, webhookSecret, apiBase, SCRIPT_URL);
    }

    // Keys must not reach a log through a print of the settings.
    @Override
    public String toString() {
        return "StripeKeys[secretKey=***, publishableKey=" + publishableKey.map(key -> "***").orElse("none")
                + ", webhookSecret=" + webhookSecret.map(secret -> "***").orElse("none") + ", apiBase=" + apiBase
                + ", scriptUrl=" + scriptUrl + "]";
    }
}
