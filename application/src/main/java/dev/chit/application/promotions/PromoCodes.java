package dev.chit.application.promotions;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.Discount;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionTerms;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A cart's promo code, applied: looked up whatever its case, checked for the time and the guest,
 * and redeemed by the order that uses it (in the checkout's transaction, never beyond
 * {@code maxRedemptions}).
 */
public final class PromoCodes {

    private final Promotions promotions;

    public PromoCodes(Promotions promotions) {
        this.promotions = promotions;
    }

    /** The promotion the cart names, with the discount it gives now. */
    public record Applied(Optional<Promotion> promotion, Discount discount) {
        static final Applied NONE = new Applied(Optional.empty(), Discount.NONE);
    }

    /**
     * @param guestEmail the guest's email at checkout; empty for a quote, which then skips the
     *                   per-guest limits (the checkout asks them)
     * @throws dev.chit.domain.error.InvalidInput naming {@code promoCode} when the code does not apply
     */
    public Applied apply(RestaurantId restaurantId, Cart cart, Instant now, Optional<String> guestEmail) {
        if (cart.promoCode().isEmpty()) {
            return Applied.NONE;
        }
        Promotion promotion = promotions.findByCode(restaurantId, PromotionTerms.key(cart.promoCode().get()))
                .orElseThrow(Promotion::unknown);
        Discount discount = promotion.discountAt(now);
        guestEmail.map(PromoCodes::emailKey).ifPresent(email -> requireEligible(promotion, email));
        return new Applied(Optional.of(promotion), discount);
    }

    /**
     * Redeems the promotion for {@code orderId}; run in the checkout's transaction, after the
     * restaurant's order-number lock, so the guest's own limits are asked again there.
     *
     * @throws dev.chit.domain.error.InvalidInput {@code promo-exhausted} when another checkout took the last one
     */
    public void redeem(Applied applied, OrderId orderId, String guestEmail) {
        if (applied.promotion().isEmpty()) {
            return;
        }
        Promotion promotion = applied.promotion().get();
        String email = emailKey(guestEmail);
        requireEligible(promotion, email);
        if (!promotions.redeem(promotion.id(), orderId, email)) {
            throw Promotion.exhausted();
        }
    }

    private void requireEligible(Promotion promotion, String email) {
        var terms = promotion.terms();
        long byGuest = terms.maxPerCustomer().isPresent() ? promotions.redemptionsBy(promotion.id(), email) : 0;
        boolean ordered = terms.firstOrderOnly() && promotions.hasOrdered(promotion.restaurantId(), email);
        promotion.requireEligible(byGuest, ordered);
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
