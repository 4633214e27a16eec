package dev.chit.domain.checkout;

import java.util.Objects;

/**
 * The promotion a quote or an order was priced with, as it was then: kept with the order, so a
 * later change of the promotion never alters an order already placed.
 *
 * @param value percent (1..100) for {@link PromotionKind#PERCENT}, minor units for {@link PromotionKind#AMOUNT}
 */
public record AppliedPromotion(String code, PromotionKind kind, long value) {

    public AppliedPromotion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }
}
