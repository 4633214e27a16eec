package dev.chit.adapters.web.promotions;

import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.promotion.Promotion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A promotion as its managers see it; optional terms not set are {@code null}. */
record PromotionJson(
        UUID id,
        String code,
        PromotionKind kind,
        long value,
        Long minSubtotal,
        Instant startsAt,
        Instant endsAt,
        Integer maxRedemptions,
        Integer maxPerCustomer,
        boolean firstOrderOnly,
        boolean active,
        long redemptions) {

    static PromotionJson of(Promotion promotion) {
        var terms = promotion.terms();
        return new PromotionJson(promotion.id().value(), terms.code(), terms.kind(), terms.value(),
                terms.minSubtotal().orElse(null), terms.startsAt().orElse(null), terms.endsAt().orElse(null),
                terms.maxRedemptions().orElse(null), terms.maxPerCustomer().orElse(null), terms.firstOrderOnly(),
                terms.active(), promotion.redemptions());
    }

    record PageJson(List<PromotionJson> items) {
    }
}
