package dev.chit.domain.port;

import dev.chit.domain.error.DomainException;
import dev.chit.domain.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The card network. Each call carries an idempotency key of Chit's own, so a call repeated
 * after a crash is carried out once by the network: the same key answers with the first
 * outcome, and the same key with different parameters is refused.
 */
public interface PaymentGateway {

    /**
     * Reserves {@code amount} on the card behind {@code cardToken}; nothing is taken yet.
     *
     * @throws Declined    when the card was declined; nothing was reserved
     * @throws Unavailable when the network did not answer; whether it reserved anything is unknown
     */
    Authorization authorize(String cardToken, Money amount, String idempotencyKey);

    /** Takes (at most) the authorized amount, once. */
    void capture(String authorizationId, Money amount, String idempotencyKey);

    /** Releases an authorization that was never captured. */
    void voidAuthorization(String authorizationId, String idempotencyKey);

    /** Returns money that was captured; the refunds of an authorization never exceed its capture. */
    void refund(String authorizationId, Money amount, String idempotencyKey);

    /**
     * What an earlier {@link #authorize} under {@code idempotencyKey} reserved, as the network
     * recorded it; empty when it reserved nothing (declined, or never arrived). This is how Chit
     * finds an authorization whose answer it lost, to release it.
     */
    Optional<Authorization> findAuthorization(String idempotencyKey);

    record Authorization(String authorizationId) {

        public Authorization {
            Objects.requireNonNull(authorizationId, "authorizationId");
        }
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
