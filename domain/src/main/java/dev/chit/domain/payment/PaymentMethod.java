package dev.chit.domain.payment;

import static dev.chit.domain.error.Checks.text;

/** How the guest pays: a card (a token the card form handed out) or in person, at the counter. */
public sealed interface PaymentMethod {

    /** A card, by the token the network's card form made; Chit never sees the card number. */
    record Card(String token) implements PaymentMethod {

        public static final int MAX_TOKEN_LENGTH = 255;

        public Card {
            token = text(token, "payment.token", MAX_TOKEN_LENGTH);
        }

        // A token is as good as the card for a while: it must not reach a log through a print.
        @Override
        public String toString() {
            return "Card[token=***]";
        }
    }

    /** Paid at the counter or on delivery: nothing goes through the card network. */
    record InPerson() implements PaymentMethod {
    }
}
