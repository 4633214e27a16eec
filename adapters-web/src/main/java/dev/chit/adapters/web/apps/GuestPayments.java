package dev.chit.adapters.web.apps;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How the guest's app takes a card: through the sandbox's test cards, or through Stripe.js, loaded
 * from {@code scriptUrl} and made with the platform's publishable key. The menu shows it to the
 * app; the guest's pages allow Stripe.js's origins only when the gateway is Stripe.
 *
 * @param scriptUrl where Stripe.js comes from: {@link #STRIPE_JS} unless tests serve a stand-in
 */
public record GuestPayments(String gateway, Optional<String> publishableKey, Optional<URI> scriptUrl) {

    public static final String SANDBOX = "sandbox";
    public static final String STRIPE = "stripe";
    public static final URI STRIPE_JS = URI.create("https://js.stripe.com/v3/");

    public GuestPayments {
        Objects.requireNonNull(publishableKey, "publishableKey");
        Objects.requireNonNull(scriptUrl, "scriptUrl");
        if (!SANDBOX.equals(gateway) && !STRIPE.equals(gateway)) {
            throw new IllegalArgumentException("unknown payment gateway: " + gateway);
        }
        if (STRIPE.equals(gateway) && scriptUrl.isEmpty()) {
            throw new IllegalArgumentException("payments through Stripe need the address of Stripe.js");
        }
        scriptUrl.ifPresent(GuestPayments::checkScriptUrl);
    }

    public static GuestPayments sandbox() {
        return new GuestPayments(SANDBOX, Optional.empty(), Optional.empty());
    }

    public static GuestPayments stripe(Optional<String> publishableKey, URI scriptUrl) {
        return new GuestPayments(STRIPE, publishableKey, Optional.of(scriptUrl));
    }

    public boolean throughStripe() {
        return STRIPE.equals(gateway);
    }

    /** The scheme, host and port Stripe.js comes from, as a content security policy names a source. */
    public Optional<String> scriptOrigin() {
        return scriptUrl.map(url -> url.getScheme() + "://" + url.getHost()
                + (url.getPort() == -1 ? "" : ":" + url.getPort()));
    }

    private static void checkScriptUrl(URI url) {
        boolean web = "https".equals(url.getScheme()) || "http".equals(url.getScheme());
        if (!url.isAbsolute() || !web || url.getHost() == null) {
            throw new IllegalArgumentException("the address of Stripe.js must be an absolute http(s) URL: " + url);
        }
    }
}
