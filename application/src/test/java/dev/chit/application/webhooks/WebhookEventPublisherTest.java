package dev.chit.application.webhooks;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.application.testing.InMemoryWebhooks;
import dev.chit.application.testing.RecordingEventPublisher;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentAction;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookEventPublisherTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    private final InMemoryTransactions transactions = new InMemoryTransactions(chit.orders, events, webhooks);
    private final WebhookBodies bodies = (id, type, at, order) ->
            "{\"id\":\"" + id + "\",\"type\":\"" + type.wireName() + "\",\"status\":\"" + order.status() + "\"}";
    private final WebhookEventPublisher publisher =
            new WebhookEventPublisher(events, chit.orders, webhooks, bodies, chit.ids, chit.clock);

    private Order stored() {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(OrderStatus.PLACED)
                .paid(PaymentStatus.AUTHORIZED).build();
        chit.orders.add(order);
        return order;
    }

    private Webhook subscribed(RestaurantId restaurantId, WebhookEventType... types) {
        var hook = new Webhook(new WebhookId(UUID.randomUUID()), restaurantId, URI.create("https://example.com/h"),
                Set.of(types), "whsec_x", START);
        webhooks.add(hook);
        return hook;
    }

    private static OrderStatusChanged accepted(Order order) {
        return new OrderStatusChanged(order.id(), RESTAURANT_ID, OrderStatus.PLACED, OrderStatus.ACCEPTED,
                Actor.system(), Optional.empty(), PaymentAction.CAPTURE, START);
    }

    @Test
    void aPlacedOrder_enqueuesOrderCreated_forEachSubscribedWebhook_withItsOwnIdInTheBody() {
        Order order = stored();
        Webhook both = subscribed(RESTAURANT_ID, WebhookEventType.ORDER_CREATED, WebhookEventType.ORDER_UPDATED);
        Webhook updatesOnly = subscribed(RESTAURANT_ID, WebhookEventType.ORDER_UPDATED);
        Webhook elsewhere = subscribed(new RestaurantId(UUID.randomUUID()), WebhookEventType.ORDER_CREATED);

        long seq = transactions.inTransaction(() -> publisher.publish(new OrderPlaced(order.id(), RESTAURANT_ID, START)));

        assertThat(seq).isEqualTo(1);
        assertThat(webhooks.deliveries(both.id())).singleElement().satisfies(delivery -> {
            assertThat(delivery.type()).isEqualTo(WebhookEventType.ORDER_CREATED);
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
            assertThat(delivery.nextAttemptAt()).isEqualTo(chit.clock.instant());
            assertThat(delivery.body()).contains(delivery.id().toString(), "order.created", "PLACED");
        });
        assertThat(webhooks.deliveries(updatesOnly.id())).isEmpty();
        assertThat(webhooks.deliveries(elsewhere.id())).isEmpty();
    }

    @Test
    void everyLaterChange_isAnOrderUpdated() {
        Order order = stored();
        Webhook hook = subscribed(RESTAURANT_ID, WebhookEventType.ORDER_UPDATED);

        transactions.inTransaction(() -> publisher.publish(accepted(order)));

        assertThat(webhooks.deliveries(hook.id())).extracting(WebhookDelivery::type)
                .containsExactly(WebhookEventType.ORDER_UPDATED);
    }

    @Test
    void aChangeThatRollsBack_takesItsDeliveriesWithIt() {
        Order order = stored();
        Webhook hook = subscribed(RESTAURANT_ID, WebhookEventType.ORDER_UPDATED);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            publisher.publish(accepted(order));
            throw new IllegalStateException("the capture could not be recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(webhooks.deliveries(hook.id())).isEmpty();
        assertThat(events.events()).isEmpty();
    }
}
