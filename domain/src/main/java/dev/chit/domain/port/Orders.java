package dev.chit.domain.port;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Optional;

/** All orders ever placed. */
public interface Orders {

    /**
     * The next order number of the restaurant (1, 2, 3, ...). Unique under concurrency; must be
     * called inside the transaction that adds the order, so that a rolled-back order gives its
     * number back.
     */
    long nextNumber(RestaurantId restaurantId);

    /** Stores a new order with its lines and history; it is stored at version 0. */
    void add(Order order);

    /**
     * Stores a new order, as {@link #add(Order)}, that the holder of the token hashed to
     * {@code accessTokenHash} may read: {@link #grantAccess} in the same write where the store can.
     */
    default void add(Order order, String accessTokenHash) {
        add(order);
        grantAccess(order.id(), accessTokenHash);
    }

    /**
     * Stores {@code order} over the stored copy if that is still at {@code order.version()}.
     *
     * @return the order at its new version
     * @throws dev.chit.domain.order.StaleOrder when someone else changed it first
     */
    Order update(Order order);

    Optional<Order> find(OrderId id);

    /** One page of a restaurant's orders, filtered and sorted as {@code query} says. */
    OrderPage search(OrderQuery query);

    /** The hash of the token the guest uses to see the order; empty for counter orders. */
    Optional<String> accessTokenHash(OrderId id);

    /** Records the hash of the guest's access token for the order. */
    void grantAccess(OrderId id, String accessTokenHash);
}
