package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;

import java.util.regex.Pattern;

/**
 * A restaurant's own Stripe account (Connect, direct charges): {@code acct_} and letters or
 * digits. Its guests' payments are made on it, so the money is the restaurant's; it is an id,
 * not a secret (Stripe.js is shown it too).
 */
public record StripeAccountId(String value) {

    public static final String FIELD = "stripeAccountId";
    private static final Pattern SHAPE = Pattern.compile("acct_[A-Za-z0-9]{1,250}");

    /** @throws InvalidInput naming {@value #FIELD} when it is not of Stripe's shape */
    public StripeAccountId {
        if (!isStripeAccountId(value)) {
            throw new InvalidInput(FIELD, "invalid",
                    "stripeAccountId must be a Stripe account id: acct_ followed by letters and digits");
        }
    }

    public static boolean isStripeAccountId(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
