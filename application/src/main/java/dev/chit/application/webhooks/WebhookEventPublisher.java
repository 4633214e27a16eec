package dev.chit.application.webhooks;

import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Passes the order events on and, for each webhook of the order's restaurant subscribed to the
 * event's type, enqueues a delivery in the same transaction: a change that rolls back takes its
 * deliveries with it. The body is written now, from the order as this change left it.
 */
public final class WebhookEventPublisher implements OrderEventPublisher {

    private final OrderEventPublisher delegate;
    private final Orders orders;
    private final Webhooks webhooks;
    private final WebhookBodies bodies;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookEventPublisher(OrderEventPublisher delegate, Orders orders, Webhooks webhooks, WebhookBodies bodies,
                                 IdGenerator ids, Clock clock) {
        this.delegate = delegate;
        this.orders = orders;
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public long publish(OrderEvent event) {
        if (event instanceof OrderEvent.OrderDue) {
            // The kitchen's own timing (a scheduled order joining its board): the order did not change.
            return delegate.publish(event);
        }
        WebhookEventType type = WebhookEventType.of(event);
        // Looked up before the event is stored, which a database may then send with the
        // transaction's other writes instead of before this read.
        var subscribed = webhooks.of(event.restaurantId()).stream().filter(hook -> hook.wants(type)).toList();
        long seq = delegate.publish(event);
        if (subscribed.isEmpty()) {
            return seq;
        }
        orders.find(event.orderId()).ifPresent(order -> {
            Instant now = clock.instant();
            for (var hook : subscribed) {
                UUID id = ids.next();
                webhooks.enqueue(WebhookDelivery.pending(id, hook.id(), type, bodies.write(id, type, now, order), now));
            }
        });
        return seq;
    }
}
