package dev.chit.domain.order;

/**
 * Where the order's money stands with the card network. {@code UNPAID} is an order that
 * carries no card payment: it is settled in person. {@code REQUIRES_ACTION} is a checkout
 * waiting for the guest's bank to confirm it was them (3-D Secure); nothing is reserved yet.
 */
public enum PaymentStatus {
    UNPAID,
    REQUIRES_ACTION,
    AUTHORIZED,
    CAPTURED,
    VOIDED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /** Whether the restaurant holds money of the guest's: captured and not all of it refunded. */
    public boolean holdsCapturedMoney() {
        return this == CAPTURED || this == PARTIALLY_REFUNDED;
    }

    /** Whether some of the captured money went back to the guest. */
    public boolean hasRefunds() {
        return this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
