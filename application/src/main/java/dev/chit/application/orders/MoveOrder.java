package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.Orders;

import java.util.Optional;

/**
 * Someone of the restaurant moves one of its orders: staff by the table's staff rows, a manager
 * (or an admin) also by the manager rows. The move itself is {@link TransitionOrder}'s.
 */
public final class MoveOrder {

    private final Orders orders;
    private final TransitionOrder transitionOrder;

    public MoveOrder(Orders orders, TransitionOrder transitionOrder) {
        this.orders = orders;
        this.transitionOrder = transitionOrder;
    }

    /**
     * @param ifMatch the version the caller last saw; empty to move whatever the version
     * @throws NotFound        when there is no such order, or the caller does not work at its restaurant
     * @throws VersionMismatch when the order is no longer at {@code ifMatch}
     * @throws dev.chit.domain.order.StaleOrder when another move wins while this one is made
     */
    public Order move(Caller caller, OrderId orderId, TransitionRequest request, Optional<Long> ifMatch) {
        // The order's restaurant says in which role the caller acts; it never changes, so it may
        // be read before the move's own transaction.
        Order order = orders.find(orderId)
                .filter(found -> caller.worksAt(found.restaurantId()))
                .orElseThrow(() -> new NotFound("order", orderId));
        if (ifMatch.isPresent() && ifMatch.get() != order.version()) {
            throw new VersionMismatch(orderId, ifMatch.get(), order.version());
        }
        return transitionOrder.transition(orderId, request, caller.actorAt(order.restaurantId()), caller::worksAt,
                ifMatch);
    }
}
