package dev.chit.domain.port;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionId;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;
import java.util.Optional;

/** Each restaurant's promo codes, and which orders redeemed them. */
public interface Promotions {

    /** A Chit without promotions: every code is unknown. */
    Promotions NONE = new Promotions() {
        @Override
        public List<Promotion> of(RestaurantId restaurantId) {
            return List.of();
        }

        @Override
        public Optional<Promotion> find(RestaurantId restaurantId, PromotionId id) {
            return Optional.empty();
        }

        @Override
        public Optional<Promotion> findByCode(RestaurantId restaurantId, String codeKey) {
            return Optional.empty();
        }

        @Override
        public void add(Promotion promotion) {
            throw new UnsupportedOperationException("this Chit keeps no promotions");
        }

        @Override
        public void update(Promotion promotion) {
            throw new UnsupportedOperationException("this Chit keeps no promotions");
        }

        @Override
        public boolean remove(RestaurantId restaurantId, PromotionId id) {
            return false;
        }

        @Override
        public boolean redeem(PromotionId id, OrderId orderId, String emailKey) {
            return false;
        }

        @Override
        public boolean giveBack(OrderId orderId) {
            return false;
        }

        @Override
        public long redemptionsBy(PromotionId id, String emailKey) {
            return 0;
        }

        @Override
        public boolean hasOrdered(RestaurantId restaurantId, String emailKey) {
            return false;
        }
    };

    /** The restaurant's promotions, by code. */
    List<Promotion> of(RestaurantId restaurantId);

    Optional<Promotion> find(RestaurantId restaurantId, PromotionId id);

    /** @param codeKey the code as {@link dev.chit.domain.promotion.PromotionTerms#key} gives it */
    Optional<Promotion> findByCode(RestaurantId restaurantId, String codeKey);

    void add(Promotion promotion);

    /** Stores the promotion's terms; its redemptions are counted by {@link #redeem} and {@link #giveBack} alone. */
    void update(Promotion promotion);

    /** @return whether there was such a promotion */
    boolean remove(RestaurantId restaurantId, PromotionId id);

    /**
     * Counts one redemption by {@code orderId} unless that would exceed the promotion's
     * {@code maxRedemptions}, however many checkouts ask at once (a conditional update).
     *
     * @param emailKey the guest's email, lower case
     * @return whether it was counted
     */
    boolean redeem(PromotionId id, OrderId orderId, String emailKey);

    /** Gives back the redemption {@code orderId} counted, if it counted one; @return whether it did. */
    boolean giveBack(OrderId orderId);

    /** How many redemptions of the promotion orders of the guest (email, lower case) hold. */
    long redemptionsBy(PromotionId id, String emailKey);

    /** Whether the guest (email, lower case) has an order at the restaurant that was not rejected or cancelled. */
    boolean hasOrdered(RestaurantId restaurantId, String emailKey);
}
