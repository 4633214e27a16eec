package dev.chit.domain.port;

import dev.chit.domain.money.Money;

/**
 * The card network. Each call carries an idempotency key of Chit's own, so a call repeated
 * after a crash is carried out once by the network.
 */
public interface PaymentGateway {

    /** Reserves {@code amount} on the card behind {@code cardToken}; nothing is taken yet. */
    Authorization authorize(String cardToken, Money amount, String idempotencyKey);

    void capture(String authorizationId, Money amount, String idempotencyKey);

    /** Releases an authorization that was never captured. */
    void voidAuthorization(String authorizationId, String idempotencyKey);

    void refund(String authorizationId, Money amount, String idempotencyKey);

    record Authorization(String authorizationId) {
    }

    /** The card was declined; no money was reserved. */
    final class Declined extends RuntimeException {
        private final String declineCode;

        public Declined(String declineCode) {
            super("payment declined: " + declineCode, null, false, false);
            this.declineCode = declineCode;
        }

        public String declineCode() {
            return declineCode;
        }
    }

    /** The gateway failed or did not answer; whether anything happened is unknown. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
