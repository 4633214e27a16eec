package dev.chit.domain.promotion;

import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.Discount;
import dev.chit.domain.checkout.PromotionKind;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A restaurant's promo code: its terms, and how many orders have redeemed it
 * ({@code redemptions}; an order rejected or cancelled before capture gives its redemption back).
 */
public record Promotion(PromotionId id, RestaurantId restaurantId, PromotionTerms terms, long redemptions) {

    /** The field a refusal names: the code the guest sent. */
    public static final String FIELD = "promoCode";
    public static final String UNKNOWN = "promo-unknown";
    public static final String INACTIVE = "promo-inactive";
    public static final String EXPIRED = "promo-expired";
    public static final String EXHAUSTED = "promo-exhausted";
    public static final String MIN_SUBTOTAL = "promo-min-subtotal";
    public static final String NOT_ELIGIBLE = "promo-not-eligible";

    public Promotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(terms, "terms");
        if (redemptions < 0) {
            throw new IllegalArgumentException("redemptions are never negative");
        }
    }

    public static InvalidInput unknown() {
        return refusal(UNKNOWN, "no such promo code");
    }

    /** Another checkout took the last redemption first. */
    public static InvalidInput exhausted() {
        return refusal(EXHAUSTED, "this promo code has been used up");
    }

    public Promotion withTerms(PromotionTerms next) {
        return new Promotion(id, restaurantId, next, redemptions);
    }

    /** What the order keeps of the promotion. */
    public AppliedPromotion applied() {
        return new AppliedPromotion(terms.code(), terms.kind(), terms.value());
    }

    /**
     * The discount this promotion gives a cart priced at {@code now}; a cart whose subtotal is
     * below {@code minSubtotal} is refused when it is priced.
     *
     * @throws InvalidInput naming {@code promoCode} when the code does not apply now
     */
    public Discount discountAt(Instant now) {
        if (!terms.active()) {
            throw refusal(INACTIVE, "this promo code is paused");
        }
        if (terms.startsAt().filter(now::isBefore).isPresent()) {
            throw refusal(EXPIRED, "this promo code is not valid yet");
        }
        if (terms.endsAt().filter(end -> !now.isBefore(end)).isPresent()) {
            throw refusal(EXPIRED, "this promo code has expired");
        }
        if (isExhausted()) {
            throw exhausted();
        }
        return new PromotionDiscount(terms, applied());
    }

    public boolean isExhausted() {
        return terms.maxRedemptions().filter(max -> redemptions >= max).isPresent();
    }

    /**
     * Whether the guest may still use the code.
     *
     * @param guestRedemptions how often the guest (by email) has redeemed it already
     * @param guestHasOrdered  whether the guest has an earlier order at the restaurant
     * @throws InvalidInput {@code promo-not-eligible} when they may not
     */
    public void requireEligible(long guestRedemptions, boolean guestHasOrdered) {
        if (terms.firstOrderOnly() && guestHasOrdered) {
            throw refusal(NOT_ELIGIBLE, "this promo code is for a first order only");
        }
        if (terms.maxPerCustomer().filter(max -> guestRedemptions >= max).isPresent()) {
            throw refusal(NOT_ELIGIBLE, "you have already used this promo code as often as it allows");
        }
    }

    static InvalidInput refusal(String code, String message) {
        return new InvalidInput(FIELD, code, message);
    }

    /** The amount off: a percentage half-even, or a fixed amount; never more than the subtotal. */
    private record PromotionDiscount(PromotionTerms terms, AppliedPromotion applied) implements Discount {

        @Override
        public Money off(Money subtotal) {
            if (terms.minSubtotal().filter(min -> subtotal.minorUnits() < min).isPresent()) {
                throw refusal(MIN_SUBTOTAL, "the subtotal is below this promo code's minimum of "
                        + terms.minSubtotal().get() + " minor units");
            }
            Money off = switch (terms.kind()) {
                case PERCENT -> subtotal.basisPoints(terms.value() * 100);
                case AMOUNT -> Money.of(terms.value(), subtotal.currency());
            };
            return off.isGreaterThan(subtotal) ? subtotal : off;
        }

        @Override
        public Optional<AppliedPromotion> promotion() {
            return Optional.of(applied);
        }
    }
}
