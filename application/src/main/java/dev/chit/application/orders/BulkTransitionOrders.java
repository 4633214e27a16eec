package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.DomainException;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Moves many orders of one restaurant at once ("accept all", "mark these ready"). Each order
 * moves in its own transaction: one that fails does not hold back or undo the others.
 */
public final class BulkTransitionOrders {

    public static final int MAX_ORDERS = 100;

    private final TransitionOrder transitionOrder;

    public BulkTransitionOrders(TransitionOrder transitionOrder) {
        this.transitionOrder = transitionOrder;
    }

    /** How one order of the batch fared: moved, or refused with the domain's reason. */
    public record Outcome(OrderId orderId, Optional<Order> moved, Optional<DomainException> refused) {
    }

    /**
     * The same, for someone of the restaurant, acting in their role there.
     *
     * @throws dev.chit.domain.error.NotFound unless the caller works at the restaurant
     */
    public List<Outcome> transition(Caller caller, RestaurantId restaurantId, List<OrderId> orderIds,
                                    TransitionRequest request) {
        caller.requireStaffOf(restaurantId);
        return transition(restaurantId, orderIds, request, caller.actorAt(restaurantId));
    }

    public List<Outcome> transition(RestaurantId restaurantId, List<OrderId> orderIds, TransitionRequest request, Actor by) {
        if (orderIds.isEmpty() || orderIds.size() > MAX_ORDERS) {
            throw new InvalidInput("orderIds", "out-of-range", "send between 1 and " + MAX_ORDERS + " order ids");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (OrderId orderId : new LinkedHashSet<>(orderIds)) {
            try {
                Order moved = transitionOrder.transition(orderId, request, by, restaurantId::equals, Optional.empty());
                outcomes.add(new Outcome(orderId, Optional.of(moved), Optional.empty()));
            } catch (DomainException refused) {
                outcomes.add(new Outcome(orderId, Optional.empty(), Optional.of(refused)));
            }
        }
        return outcomes;
    }
}
