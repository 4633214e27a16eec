package dev.chit.application.testing;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.MissedOrders;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Misses counted the way the SQL adapter counts them: a run ends at an accept after the last miss. */
public final class InMemoryMissedOrders implements MissedOrders {

    private record Run(int missed, Instant lastMissedAt) {
    }

    private final InMemoryOrders orders;
    private final Map<RestaurantId, Run> runs = new HashMap<>();

    public InMemoryMissedOrders(InMemoryOrders orders) {
        this.orders = orders;
    }

    @Override
    public List<OrderId> waitingSince(RestaurantId restaurantId, Instant placedBefore, int limit) {
        return orders.all().stream()
                .filter(order -> order.restaurantId().equals(restaurantId) && order.status() == OrderStatus.PLACED)
                .filter(order -> !order.placedAt().isAfter(placedBefore))
                .sorted(Comparator.comparing(Order::placedAt))
                .limit(limit)
                .map(Order::id)
                .toList();
    }

    @Override
    public int recordMiss(RestaurantId restaurantId, Instant at) {
        Run run = runs.get(restaurantId);
        boolean acceptedSince = run != null && orders.all().stream()
                .filter(order -> order.restaurantId().equals(restaurantId))
                .anyMatch(order -> order.acceptedAt().map(accepted -> accepted.isAfter(run.lastMissedAt())).orElse(false));
        int missed = run == null || acceptedSince ? 1 : run.missed() + 1;
        runs.put(restaurantId, new Run(missed, at));
        return missed;
    }

    @Override
    public void forgetMisses(RestaurantId restaurantId) {
        runs.remove(restaurantId);
    }
}
