package dev.chit.application.notifications;

import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Outbox;

import java.time.Clock;

/**
 * Every use case publishes its order events inside its transaction, after storing the order;
 * this publisher passes them on and, for those the guest is to hear of, writes the message to
 * the outbox in that same transaction. A change that rolls back takes its message with it.
 */
public final class NotifyingEventPublisher implements OrderEventPublisher {

    private final OrderEventPublisher delegate;
    private final Orders orders;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public NotifyingEventPublisher(OrderEventPublisher delegate, Orders orders, Outbox outbox, IdGenerator ids,
                                   Clock clock) {
        this.delegate = delegate;
        this.orders = orders;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public long publish(OrderEvent event) {
        long seq = delegate.publish(event);
        orders.find(event.orderId())
                .flatMap(order -> GuestNotice.about(order, event))
                .ifPresent(notice -> outbox.enqueue(OutboxMessage.pending(ids.next(), notice, clock.instant())));
        return seq;
    }
}
