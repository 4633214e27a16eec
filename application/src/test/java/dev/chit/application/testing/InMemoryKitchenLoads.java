package dev.chit.application.testing;

import dev.chit.domain.kitchen.Commitment;
import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.restaurant.RestaurantId;

/** The kitchen's load, read from the in-memory orders the way the SQL adapter reads the table. */
public final class InMemoryKitchenLoads implements KitchenLoads {

    private final InMemoryOrders orders;

    public InMemoryKitchenLoads(InMemoryOrders orders) {
        this.orders = orders;
    }

    @Override
    public KitchenLoad of(RestaurantId restaurantId) {
        return new KitchenLoad(orders.all().stream()
                .filter(order -> order.restaurantId().equals(restaurantId))
                .filter(order -> order.status() == OrderStatus.ACCEPTED || order.status() == OrderStatus.PREPARING
                        || (order.status() == OrderStatus.PLACED && order.scheduledFor().isPresent()))
                .map(order -> new Commitment(order.acceptedAt(), order.scheduledFor(), order.estimatedReadyAt()))
                .toList());
    }
}
