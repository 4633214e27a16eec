package dev.chit.domain.port;

import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookId;

import java.util.List;
import java.util.Optional;

/**
 * The restaurants' webhooks and their deliveries. Deliveries are enqueued in the transaction of
 * the order's change and sent at least once, as every {@link DeliveryQueue}. Every report of an
 * attempt is kept, for the manager.
 */
public interface Webhooks extends DeliveryQueue<WebhookDelivery> {

    void add(Webhook webhook);

    /** The restaurant's webhooks, oldest first. */
    List<Webhook> of(RestaurantId restaurantId);

    Optional<Webhook> find(WebhookId id);

    /** Removes it with its deliveries and their attempts; @return whether it was there. */
    boolean remove(WebhookId id);

    /** Adds a delivery; call inside the transaction of the change. */
    void enqueue(WebhookDelivery delivery);

    /** The attempts at the webhook's deliveries, newest first. */
    List<DeliveryAttempt> attempts(WebhookId id, int limit);

    /** The webhook's deliveries, oldest first (for tests and investigations). */
    List<WebhookDelivery> deliveries(WebhookId id);
}
