package dev.chit.domain.checkout;

import dev.chit.domain.money.Money;

import java.util.Optional;

/** What comes off a cart's subtotal before the service fee and tax are worked out. */
@FunctionalInterface
public interface Discount {

    Discount NONE = subtotal -> Money.zero(subtotal.currency());

    /** The amount off {@code subtotal}; never negative, never more than the subtotal. */
    Money off(Money subtotal);

    /** The promotion this discount comes from, shown on the quote and kept with the order; none by default. */
    default Optional<AppliedPromotion> promotion() {
        return Optional.empty();
    }
}
