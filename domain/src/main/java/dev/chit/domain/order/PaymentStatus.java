package dev.chit.domain.order;

/**
 * Where the order's money stands with the card network. {@code UNPAID} is an order that
 * carries no card payment: it is settled in person.
 */
public enum PaymentStatus {
    UNPAID,
    AUTHORIZED,
    CAPTURED,
    VOIDED,
    PARTIALLY_REFUNDED,
    REFUNDED
}
