package dev.chit.adapters.web.checkout;

import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.PromotionKind;

import java.util.Optional;

/** {@code promotion} on a quote and an order: the code it was priced with, as it was then; {@code null} for none. */
public record AppliedPromotionJson(String code, PromotionKind kind, long value) {

    public static AppliedPromotionJson of(Optional<AppliedPromotion> promotion) {
        return promotion.map(applied -> new AppliedPromotionJson(applied.code(), applied.kind(), applied.value()))
                .orElse(null);
    }
}
