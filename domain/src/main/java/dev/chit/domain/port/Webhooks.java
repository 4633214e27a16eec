package dev.chit.domain.port;

import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookDelivery.Claimed;
import dev.chit.domain.webhook.WebhookId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The restaurants' webhooks and their deliveries. Deliveries are enqueued in the transaction of
 * the order's change and sent at least once, like the guest's emails: claimed for a lease, and
 * claimed again when a sender dies mid-way. Every report of an attempt is kept, for the manager.
 */
public interface Webhooks {

    void add(Webhook webhook);

    /** The restaurant's webhooks, oldest first. */
    List<Webhook> of(RestaurantId restaurantId);

    Optional<Webhook> find(WebhookId id);

    /** Removes it with its deliveries and their attempts; @return whether it was there. */
    boolean remove(WebhookId id);

    /** Adds a delivery; call inside the transaction of the change. */
    void enqueue(WebhookDelivery delivery);

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, oldest first, until
     * {@code now + lease}; each claim counts as an attempt. Commits on its own when called
     * outside a transaction.
     */
    List<Claimed> claimDue(Instant now, Duration lease, int limit);

    /** The receiver answered 2xx; records the attempt. @return whether it was still this claim's */
    boolean delivered(Claimed claimed, DeliveryAttempt attempt);

    /** The attempt failed; due again at {@code nextAttemptAt}. */
    boolean retryAt(Claimed claimed, DeliveryAttempt attempt, Instant nextAttemptAt);

    /** The attempt failed and it is given up on: never sent again. */
    boolean dead(Claimed claimed, DeliveryAttempt attempt);

    /** The attempts at the webhook's deliveries, newest first. */
    List<DeliveryAttempt> attempts(WebhookId id, int limit);

    /** The webhook's deliveries, oldest first (for tests and investigations). */
    List<WebhookDelivery> deliveries(WebhookId id);
}
