package dev.chit.adapters.web.apps;

import dev.chit.adapters.web.support.SecurityHeaders;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

/**
 * The content security policy of the guest's pages. With the sandbox it is every page's policy
 * (this origin only). With Stripe, the pages also allow exactly what Stripe.js needs, as Stripe
 * documents it: its script (from the configured address, so a test's stand-in on loopback is
 * allowed in its place), its frames (the Payment Element and the bank's challenge, from the
 * script's origin and {@value #STRIPE_HOOKS}) and its calls to {@value #STRIPE_API}. Nothing
 * else: no inline script, no other foreign origin.
 */
public final class GuestPagePolicy {

    static final String STRIPE_HOOKS = "https://hooks.stripe.com";
    static final String STRIPE_API = "https://api.stripe.com";

    private GuestPagePolicy() {
    }

    public static Header of(GuestPayments payments) {
        if (!payments.throughStripe()) {
            return SecurityHeaders.PAGE_CONTENT_POLICY;
        }
        String script = payments.scriptOrigin().orElseThrow();
        return HeaderValues.create(HeaderNames.create("Content-Security-Policy"),
                "default-src 'self'; script-src 'self' " + script + "; frame-src " + script + " " + STRIPE_HOOKS
                        + "; connect-src 'self' " + STRIPE_API + "; img-src 'self' data:; object-src 'none'; "
                        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
    }
}
