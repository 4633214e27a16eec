package dev.chit.domain.checkout;

/** How a promotion takes money off: a percentage of the subtotal, or a fixed amount. */
public enum PromotionKind {
    /** {@code value} percent (1..100) of the subtotal, half-even to the minor unit. */
    PERCENT,
    /** {@code value} minor units, never more than the subtotal. */
    AMOUNT
}
