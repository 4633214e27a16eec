package dev.chit.domain.checkout;

import dev.chit.domain.money.Money;

/** What comes off a cart's subtotal before the service fee and tax are worked out. */
@FunctionalInterface
public interface Discount {

    Discount NONE = subtotal -> Money.zero(subtotal.currency());

    /** The amount off {@code subtotal}; never negative, never more than the subtotal. */
    Money off(Money subtotal);
}
