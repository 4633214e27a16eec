package dev.chit.application.orders;

import dev.chit.application.payment.PaymentInstructions;
import dev.chit.application.payment.PaymentSettlement;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.kitchen.PromiseTime;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Moves one order along its life. The order decides whether the move is allowed; this use
 * case loads it, fills in the restaurant's default prep time (busy mode's extra and the kitchen's
 * load included) on accept, stores the result under optimistic locking and publishes the event,
 * all in one transaction.
 *
 * <p>What the move asks of the payment (capture on accept, void or refund when given up) is
 * recorded in that transaction and carried out with the card network after it commits: the
 * move stands even when the network fails, and the settling job finishes the call later.
 */
public final class TransitionOrder {

    private final Orders orders;
    private final Restaurants restaurants;
    private final KitchenLoads kitchenLoads;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final PaymentInstructions payments;
    private final PaymentSettlement settlement;
    private final Clock clock;

    public TransitionOrder(Orders orders, Restaurants restaurants, KitchenLoads kitchenLoads,
                           OrderEventPublisher events, Transactions transactions, PaymentInstructions payments, PaymentSettlement settlement,
                           Clock clock) {
        this.orders = orders;
        this.restaurants = restaurants;
        this.kitchenLoads = kitchenLoads;
        this.events = events;
        this.transactions = transactions;
        this.payments = payments;
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * @param visible        whether the caller may see the order's restaurant; others get 404
     * @param expectedVersion the version the caller last saw ({@code If-Match}); empty to skip
     * @throws StaleOrder when {@code expectedVersion} is not current, or a concurrent move won
     */
    public Order transition(OrderId orderId, TransitionRequest request, Actor by,
                            Predicate<RestaurantId> visible, Optional<Long> expectedVersion) {
        Moved moved = transactions.inTransaction(() -> {
            Order order = orders.find(orderId)
                    .filter(found -> visible.test(found.restaurantId()))
                    .orElseThrow(() -> new NotFound("order", orderId));
            if (expectedVersion.isPresent() && expectedVersion.get() != order.version()) {
                throw new StaleOrder(orderId, expectedVersion.get());
            }
            var now = clock.instant();
            var transitioned = order.transition(withDefaults(order, request, now), by, now);
            var payment = payments.instruct(transitioned.order(), transitioned.event().paymentAction(),
                    request.reason(), now);
            Order stored = orders.update(payment.order());
            payments.record(payment);
            events.publish(transitioned.event());
            payment.event().ifPresent(events::publish);
            return new Moved(stored, payment.operation().isPresent());
        });
        if (!moved.paymentToSettle()) {
            return moved.order();
        }
        settlement.settleOrder(orderId);
        return orders.find(orderId).orElse(moved.order());
    }

    private record Moved(Order order, boolean paymentToSettle) {
    }

    private TransitionRequest withDefaults(Order order, TransitionRequest request, Instant now) {
        if (request.to() != OrderStatus.ACCEPTED || request.prepTime().isPresent()) {
            return request;
        }
        return restaurants.find(order.restaurantId())
                .map(restaurant -> request.withPrepTime(defaultPrepTime(order, restaurant.settings(), now)))
                .orElse(request);
    }

    // What a quote would promise now (busy mode and the kitchen's load included), so that
    // accepting never promises sooner than the guest was told; capped at the longest promise an
    // accept may make. A scheduled order booked its slot when placed and counts in the load
    // itself, so it is promised the plain prep time (and its scheduled time stands).
    private Duration defaultPrepTime(Order order, RestaurantSettings settings, Instant now) {
        Duration prepTime = order.scheduledFor().isPresent()
                ? settings.prepTimeAt(now)
                : new PromiseTime(settings).prepTimeOnAccept(kitchenLoads.of(order.restaurantId()), now);
        Duration longest = Duration.ofMinutes(TransitionRequest.MAX_PREP_MINUTES);
        return prepTime.compareTo(longest) > 0 ? longest : prepTime;
    }
}
