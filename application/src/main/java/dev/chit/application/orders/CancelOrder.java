package dev.chit.application.orders;

import dev.chit.application.support.AccessTokens;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.Orders;

import java.util.Optional;

/**
 * The guest calls their order off. The order's table lets a guest do so only while it is
 * placed; once the kitchen accepted it, only the restaurant can.
 */
public final class CancelOrder {

    private final Orders orders;
    private final TransitionOrder transitionOrder;

    public CancelOrder(Orders orders, TransitionOrder transitionOrder) {
        this.orders = orders;
        this.transitionOrder = transitionOrder;
    }

    /**
     * @throws NotFound unless {@code accessToken} is the order's
     * @throws dev.chit.domain.order.TransitionNotPermitted once the order is past {@code PLACED}
     */
    public Order byGuest(OrderId orderId, String accessToken, Optional<String> reason) {
        boolean theirs = orders.accessTokenHash(orderId)
                .map(hash -> AccessTokens.matches(accessToken, hash))
                .orElse(false);
        if (!theirs) {
            throw new NotFound("order", orderId);
        }
        TransitionRequest request = new TransitionRequest(OrderStatus.CANCELLED, Optional.empty(), reason);
        return transitionOrder.transition(orderId, request, Actor.customer(), restaurant -> true, Optional.empty());
    }
}
