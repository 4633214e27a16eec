package dev.chit.domain.port;

import dev.chit.domain.error.DomainException;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.StripeAccountId;

import java.util.Objects;
import java.util.Optional;

/**
 * The card network. Each call carries an idempotency key of Chit's own, so a call repeated
 * after a crash is carried out once by the network: the same key answers with the first
 * outcome, and the same key with different parameters is refused.
 *
 * <p>Each call also names the {@link PaymentAccount} whose money it moves: a restaurant paid
 * into its own connected account has every call about its orders made on that account.
 */
public interface PaymentGateway {

    /**
     * Reserves {@code amount} on the guest's card; nothing is taken yet. The network may ask the
     * guest to authenticate first (3-D Secure): then the authorization exists but reserves
     * nothing until the guest has done so ({@link #authorizationState} tells when).
     *
     * @param paymentMethod the card, by the reference the network's card form made: a sandbox
     *                      token ({@code tok_visa}) or a PaymentMethod id ({@code pm_...})
     * @throws Declined    when the card was declined; nothing was reserved
     * @throws Refused     when the network refused the request itself (an unknown payment method, a reused key)
     * @throws Unavailable when the network did not answer; whether it reserved anything is unknown
     */
    AuthorizationOutcome authorize(PaymentAccount account, ChargeFor purpose, String paymentMethod, Money amount,
                                   String idempotencyKey);

    /** Takes (at most) the authorized amount, once. */
    void capture(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey);

    /** Releases an authorization that was never captured (also one still waiting for the guest's authentication). */
    void voidAuthorization(PaymentAccount account, String authorizationId, String idempotencyKey);

    /** Returns money that was captured; the refunds of an authorization never exceed its capture. */
    void refund(PaymentAccount account, String authorizationId, Money amount, String idempotencyKey);

    /**
     * Where an authorization stands now, as the network sees it: after the guest's
     * authentication, whether it reserved the money.
     *
     * @throws Refused     when the network knows no such authorization
     * @throws Unavailable when the network did not answer
     */
    AuthorizationState authorizationState(PaymentAccount account, String authorizationId);

    /**
     * What an earlier {@link #authorize} of {@code orderId} under {@code idempotencyKey} created,
     * as the network recorded it: reserved, or waiting for the guest's authentication; empty when
     * it created nothing (declined, or never arrived). This is how Chit finds an authorization
     * whose answer it lost, to release it.
     */
    Optional<Authorization> findAuthorization(PaymentAccount account, OrderId orderId, String idempotencyKey);

    /**
     * Whose money a call moves: a restaurant's connected Stripe account ({@code acct_...}), or
     * the platform's own account when it has none (a single-restaurant install, or the sandbox).
     */
    record PaymentAccount(Optional<String> stripeAccountId) {

        public PaymentAccount {
            Objects.requireNonNull(stripeAccountId, "stripeAccountId");
            stripeAccountId.ifPresent(id -> {
                if (!isStripeAccountId(id)) {
                    throw new IllegalArgumentException("not a Stripe account id: " + id);
                }
            });
        }

        public static PaymentAccount platform() {
            return new PaymentAccount(Optional.empty());
        }

        public static boolean isStripeAccountId(String id) {
            return StripeAccountId.isStripeAccountId(id);
        }

        /** The restaurant's connected account, or the platform's own when it has none. */
        public static PaymentAccount of(Optional<StripeAccountId> connected) {
            return new PaymentAccount(connected.map(StripeAccountId::value));
        }
    }

    /** What an authorization is for, recorded with it by the network (Stripe's {@code metadata}). */
    record ChargeFor(RestaurantId restaurantId, OrderId orderId) {

        public ChargeFor {
            Objects.requireNonNull(restaurantId, "restaurantId");
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** How an {@link #authorize} ended when the card was not declined. */
    sealed interface AuthorizationOutcome permits Authorization, NeedsAuthentication {

        String authorizationId();
    }

    /** The amount is reserved. */
    record Authorization(String authorizationId) implements AuthorizationOutcome {

        public Authorization {
            Objects.requireNonNull(authorizationId, "authorizationId");
        }
    }

    /**
     * The guest's bank wants the guest to authenticate (3-D Secure) before it reserves anything.
     *
     * @param clientSecret what the guest's browser needs to run the authentication; a secret of
     *                     this authorization, to be shown to its guest only and never logged
     */
    record NeedsAuthentication(String authorizationId, String clientSecret) implements AuthorizationOutcome {

        public NeedsAuthentication {
            Objects.requireNonNull(authorizationId, "authorizationId");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public String toString() {
            return "NeedsAuthentication[authorizationId=" + authorizationId + ", clientSecret=***]";
        }
    }

    /** An authorization as the network holds it. */
    enum AuthorizationState {
        /** The amount is reserved and can be captured (Stripe: {@code requires_capture}). */
        AUTHORIZED,
        /** Still waiting for the guest's authentication (Stripe: {@code requires_action}). */
        REQUIRES_ACTION,
        /** The network is still deciding; ask again later. */
        PROCESSING,
        /** Captured (Stripe: {@code succeeded}). */
        CAPTURED,
        /** Nothing is or will be reserved: the authentication failed or the authorization was cancelled. */
        FAILED
    }

    /** The card was declined; no money was reserved. An expected outcome: the guest may try another card. */
    final class Declined extends DomainException {
        private final String declineCode;

        public Declined(String declineCode) {
            super("the card was declined (" + declineCode + "); no money was taken. Try another card.");
            this.declineCode = Objects.requireNonNull(declineCode, "declineCode");
        }

        /** The network's reason, stable for clients: {@code card_declined}, {@code insufficient_funds}, ... */
        public String declineCode() {
            return declineCode;
        }
    }

    /**
     * The network understood the request and refused it without doing anything: capturing more
     * than was authorized, voiding what was captured, refunding more than was captured, a key
     * reused for another request. Retrying the same call cannot help.
     */
    final class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = Objects.requireNonNull(code, "code");
        }

        public String code() {
            return code;
        }
    }

    /** The gateway failed or did not answer; whether anything happened is unknown. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
