package dev.chit.application.printing;

import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.OrderEvent.OrderDue;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Restaurants;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Passes order events on and writes the kitchen's tickets in the same transaction: when an order
 * is accepted (by staff or automatically), or, for an order scheduled ahead, when its time to
 * start comes (fired); and a {@code CANCELLED} ticket when an order that had tickets is
 * cancelled. A change that rolls back takes its jobs with it.
 */
public final class PrintingEventPublisher implements OrderEventPublisher {

    private static final Set<OrderStatus> IN_THE_KITCHEN = Set.of(OrderStatus.ACCEPTED, OrderStatus.PREPARING,
            OrderStatus.READY);

    private final OrderEventPublisher delegate;
    private final Orders orders;
    private final Restaurants restaurants;
    private final QueueTickets tickets;
    private final Clock clock;

    public PrintingEventPublisher(OrderEventPublisher delegate, Orders orders, Restaurants restaurants,
                                  QueueTickets tickets, Clock clock) {
        this.delegate = delegate;
        this.orders = orders;
        this.restaurants = restaurants;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public long publish(OrderEvent event) {
        long seq = delegate.publish(event);
        switch (event) {
            case OrderStatusChanged changed when changed.to() == OrderStatus.ACCEPTED ->
                    orders.find(event.orderId()).filter(this::startsNow).ifPresent(tickets::accepted);
            case OrderStatusChanged changed when changed.to() == OrderStatus.CANCELLED ->
                    orders.find(event.orderId()).ifPresent(tickets::cancelled);
            case OrderDue due -> orders.find(event.orderId())
                    .filter(order -> IN_THE_KITCHEN.contains(order.status()))
                    .ifPresent(tickets::accepted);
            default -> { }
        }
        return seq;
    }

    // An order scheduled ahead prints when it is fired (OrderDue), unless its time to start has come already.
    private boolean startsNow(Order order) {
        if (order.scheduledFor().isEmpty()) {
            return true;
        }
        Instant now = clock.instant();
        return restaurants.find(order.restaurantId())
                .map(restaurant -> !order.scheduledFor().get().isAfter(now.plus(restaurant.settings().prepTimeAt(now))))
                .orElse(false);
    }
}
