package dev.chit.application.menu;

import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Portions;

import java.util.Set;

/**
 * Publishes each event to {@code next}, and when an order that was never accepted is rejected
 * or cancelled, gives its portions back in the same transaction (API.md: "an order rejected or
 * cancelled before it was accepted gives its portions back"). An order cancelled after it was
 * accepted keeps them: the kitchen may have made it.
 */
public final class GivePortionsBack implements OrderEventPublisher {

    private static final Set<OrderStatus> NOT_ACCEPTED = Set.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PLACED);
    private static final Set<OrderStatus> NOT_MADE = Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED);

    private final OrderEventPublisher next;
    private final Orders orders;
    private final Portions portions;

    public GivePortionsBack(OrderEventPublisher next, Orders orders, Portions portions) {
        this.next = next;
        this.orders = orders;
        this.portions = portions;
    }

    @Override
    public long publish(OrderEvent event) {
        if (event instanceof OrderStatusChanged changed && NOT_ACCEPTED.contains(changed.from())
                && NOT_MADE.contains(changed.to())) {
            orders.find(changed.orderId()).ifPresent(order -> order.lines()
                    .forEach(line -> portions.giveBack(line.menuItemId(), line.quantity())));
        }
        return next.publish(event);
    }
}
