package dev.chit.domain.order;

import dev.chit.domain.restaurant.RestaurantId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What happened to an order; these come out of the aggregate and feed the live board. */
public sealed interface OrderEvent {

    OrderId orderId();

    RestaurantId restaurantId();

    Instant at();

    /** A guest (or the counter) placed an order. */
    record OrderPlaced(OrderId orderId, RestaurantId restaurantId, Instant at) implements OrderEvent {
    }

    /** The order moved; {@code paymentAction} is what the move asks of the payment. */
    record OrderStatusChanged(
            OrderId orderId,
            RestaurantId restaurantId,
            OrderStatus from,
            OrderStatus to,
            Actor actor,
            Optional<String> reason,
            PaymentAction paymentAction,
            Instant at) implements OrderEvent {
    }

    /**
     * The kitchen pushed its promise back by {@code delay}, to {@code estimatedReadyAt}; the
     * guest is to be told, with {@code reason} when one was given.
     */
    record OrderDelayed(
            OrderId orderId,
            RestaurantId restaurantId,
            Duration delay,
            Instant estimatedReadyAt,
            Actor actor,
            Optional<String> reason,
            Instant at) implements OrderEvent {
    }

    /**
     * A scheduled order's time to start came (its time less the prep time): it joins the
     * kitchen's board now. Nothing about the order changes; the live board is told.
     */
    record OrderDue(OrderId orderId, RestaurantId restaurantId, Instant at) implements OrderEvent {
    }

    /**
     * The kitchen bumped lines of the order (done), or recalled them ({@code recalled}: to make
     * again). A move the bump causes (to PREPARING, to READY) is an {@link OrderStatusChanged} of its own.
     */
    record LinesBumped(OrderId orderId, RestaurantId restaurantId, Actor actor, boolean recalled, Instant at)
            implements OrderEvent {
    }

    /** The payment of the order changed (captured, voided, refunded). */
    record PaymentChanged(OrderId orderId, RestaurantId restaurantId, PaymentStatus paymentStatus, Instant at)
            implements OrderEvent {
    }

    /** The guest disputes the charge with their bank (a chargeback); the restaurant's managers are told. */
    record OrderDisputed(OrderId orderId, RestaurantId restaurantId, Instant at) implements OrderEvent {
    }
}
