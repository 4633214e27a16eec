package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The kitchen runs late on an accepted order and says so: the promise moves later, stored under
 * optimistic locking, and an {@code OrderDelayed} event goes out in the same transaction. The
 * board shows it from that event; telling the guest is the notifications' part, which reads the
 * same event (it carries the new promise and the reason).
 */
public final class DelayOrder {

    private final Orders orders;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public DelayOrder(Orders orders, OrderEventPublisher events, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws NotFound when there is no such order, or the caller does not work at its restaurant
     * @throws dev.chit.domain.order.InvalidTransition unless the order is accepted or preparing
     * @throws dev.chit.domain.error.InvalidInput     when the delay is not 5 to 120 minutes
     * @throws dev.chit.domain.order.StaleOrder       when the order changed meanwhile
     */
    public Order delay(Caller caller, OrderId orderId, Duration delay, Optional<String> reason) {
        return transactions.inTransaction(() -> {
            Order order = orders.find(orderId)
                    .filter(found -> caller.worksAt(found.restaurantId()))
                    .orElseThrow(() -> new NotFound("order", orderId));
            var delayed = order.delay(delay, reason, caller.actorAt(order.restaurantId()), clock.instant());
            Order stored = orders.update(delayed.order());
            events.publish(delayed.event());
            return stored;
        });
    }
}
