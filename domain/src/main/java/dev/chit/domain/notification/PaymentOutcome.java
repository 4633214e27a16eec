package dev.chit.domain.notification;

/** What happens to the guest's money when an order is rejected or cancelled. */
public enum PaymentOutcome {
    /** Nothing was taken by card (or nothing is left to give back). */
    NONE,
    /** The reservation on the card is released; nothing was charged. */
    VOIDED,
    /** What was charged goes back to the card. */
    REFUNDED
}
