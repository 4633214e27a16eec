package dev.chit.domain.port;

import dev.chit.domain.error.DomainException;
import dev.chit.domain.payment.PaymentEvent;

import java.util.Optional;

/**
 * The card network's own messages to Chit (Stripe's webhook): a message is read only once its
 * signature proves the network sent it, recently; anyone may send the request.
 */
public interface PaymentEvents {

    /**
     * Checks {@code signature} over the exact bytes of {@code body} first, then reads the event.
     *
     * @param signature the signature header as sent ({@code Stripe-Signature}); empty when there was none
     * @throws Unverified when the signature is missing, wrong, or too old, or the signed body is no event
     */
    PaymentEvent read(byte[] body, Optional<String> signature);

    /** A message that did not prove it came from the network (or was not an event); nothing was read from it. */
    final class Unverified extends DomainException {

        private final String code;

        public Unverified(String code, String message) {
            super(message);
            this.code = code;
        }

        /** Why, in a word: {@code missing}, {@code invalid}, or {@code unreadable}. */
        public String code() {
            return code;
        }
    }
}
