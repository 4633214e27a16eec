package dev.chit.application.orders;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * A restaurant's {@code autoAccept} setting: Chit accepts its new orders itself, at the default
 * prep time, as the system actor (so the history tells it apart from a person's accept).
 *
 * <p>It runs right after a placement has committed, as its own move through {@link TransitionOrder}
 * (which captures the payment like any accept), rather than inside {@code PlaceOrder}: placing
 * stays one transaction that knows nothing of it, and the guest's confirmation, kept for
 * idempotent replays, is the order as placed. The next read shows it accepted.
 *
 * <p>It looks again at the order and the setting, so calling it twice, late, or for an order that
 * someone moved meanwhile does nothing; a job that sweeps placed orders may call it as well.
 */
public final class AcceptAutomatically {

    private static final System.Logger LOG = System.getLogger(AcceptAutomatically.class.getName());

    private final Orders orders;
    private final Restaurants restaurants;
    private final TransitionOrder transitionOrder;

    public AcceptAutomatically(Orders orders, Restaurants restaurants, TransitionOrder transitionOrder) {
        this.orders = orders;
        this.restaurants = restaurants;
        this.transitionOrder = transitionOrder;
    }

    /**
     * Right after checkout: the setting as the checkout read it decides, so that a restaurant
     * that accepts by hand costs no read at all; one that accepts automatically has the stored
     * order and the setting looked at again.
     *
     * @return the order as accepted, or empty when its restaurant does not accept automatically, or it could not
     */
    public Optional<Order> afterPlacement(PlaceOrderResult.Placed placed) {
        return placed.acceptsAutomatically() ? afterPlacement(placed.order().id()) : Optional.empty();
    }

    /** @return the order as accepted, or empty when its restaurant does not accept automatically, or it could not */
    public Optional<Order> afterPlacement(OrderId orderId) {
        Optional<Order> placed = orders.find(orderId)
                .filter(order -> order.status() == OrderStatus.PLACED)
                .filter(order -> restaurants.find(order.restaurantId())
                        .map(restaurant -> restaurant.settings().autoAccept())
                        .orElse(false));
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(transitionOrder.transition(orderId, TransitionRequest.to(OrderStatus.ACCEPTED),
                    Actor.system(), restaurant -> true, Optional.of(placed.get().version())));
        } catch (RuntimeException failed) {
            // The order stands as placed, and the guest has it: the kitchen accepts it by hand, or
            // the accept timeout rejects it. Neither is a reason to fail the guest's checkout.
            LOG.log(Level.WARNING, "event=auto-accept-failed orderId={0} cause=\"{1}\"", orderId, failed.getMessage());
            return Optional.empty();
        }
    }
}
