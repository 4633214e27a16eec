package dev.chit.application.testing;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.promotion.Promotion;
import dev.chit.domain.promotion.PromotionId;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Promotions in memory, with the orders that redeemed them; rolled back with the transaction. */
public final class InMemoryPromotions implements Promotions, Snapshotting {

    private record Redemption(PromotionId promotionId, String emailKey) {
    }

    private record State(Map<PromotionId, Promotion> promotions, Map<OrderId, Redemption> redemptions) {
    }

    private final InMemoryOrders orders;
    private Map<PromotionId, Promotion> promotions = new LinkedHashMap<>();
    private Map<OrderId, Redemption> redemptions = new LinkedHashMap<>();

    public InMemoryPromotions(InMemoryOrders orders) {
        this.orders = orders;
    }

    @Override
    public synchronized List<Promotion> of(RestaurantId restaurantId) {
        return promotions.values().stream().filter(p -> p.restaurantId().equals(restaurantId))
                .sorted(Comparator.comparing(p -> p.terms().codeKey())).toList();
    }

    @Override
    public synchronized Optional<Promotion> find(RestaurantId restaurantId, PromotionId id) {
        return Optional.ofNullable(promotions.get(id)).filter(p -> p.restaurantId().equals(restaurantId));
    }

    @Override
    public synchronized Optional<Promotion> findByCode(RestaurantId restaurantId, String codeKey) {
        return of(restaurantId).stream().filter(p -> p.terms().codeKey().equals(codeKey)).findFirst();
    }

    @Override
    public synchronized void add(Promotion promotion) {
        promotions.put(promotion.id(), promotion);
    }

    @Override
    public synchronized void update(Promotion promotion) {
        Promotion current = promotions.get(promotion.id());
        promotions.put(promotion.id(), current.withTerms(promotion.terms()));
    }

    @Override
    public synchronized boolean remove(RestaurantId restaurantId, PromotionId id) {
        if (find(restaurantId, id).isEmpty()) {
            return false;
        }
        promotions.remove(id);
        redemptions.values().removeIf(r -> r.promotionId().equals(id));
        return true;
    }

    @Override
    public synchronized boolean redeem(PromotionId id, OrderId orderId, String emailKey) {
        Promotion promotion = promotions.get(id);
        if (promotion == null || promotion.isExhausted()) {
            return false;
        }
        promotions.put(id, new Promotion(id, promotion.restaurantId(), promotion.terms(), promotion.redemptions() + 1));
        redemptions.put(orderId, new Redemption(id, emailKey));
        return true;
    }

    @Override
    public synchronized boolean giveBack(OrderId orderId) {
        Redemption redemption = redemptions.remove(orderId);
        if (redemption == null) {
            return false;
        }
        Promotion promotion = promotions.get(redemption.promotionId());
        promotions.put(promotion.id(), new Promotion(promotion.id(), promotion.restaurantId(), promotion.terms(),
                promotion.redemptions() - 1));
        return true;
    }

    @Override
    public synchronized long redemptionsBy(PromotionId id, String emailKey) {
        return redemptions.values().stream().filter(r -> r.promotionId().equals(id) && r.emailKey().equals(emailKey))
                .count();
    }

    @Override
    public boolean hasOrdered(RestaurantId restaurantId, String emailKey) {
        Set<OrderStatus> givenUp = Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.AWAITING_PAYMENT);
        return orders.all().stream()
                .filter(order -> order.restaurantId().equals(restaurantId) && !givenUp.contains(order.status()))
                .map(Order::customer)
                .anyMatch(guest -> guest.email().toLowerCase(Locale.ROOT).equals(emailKey));
    }

    @Override
    public synchronized Object snapshot() {
        return new State(new LinkedHashMap<>(promotions), new LinkedHashMap<>(redemptions));
    }

    @Override
    public synchronized void restore(Object snapshot) {
        State state = (State) snapshot;
        promotions = new LinkedHashMap<>(state.promotions());
        redemptions = new LinkedHashMap<>(state.redemptions());
    }
}
