package dev.chit.domain.order;

/**
 * What a status change asks of the payment: the order decides, the application carries it
 * out through the payment gateway.
 */
public enum PaymentAction {
    NONE,
    CAPTURE,
    VOID,
    REFUND_REMAINING
}
