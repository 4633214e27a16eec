package dev.chit.adapters.persistence.webhooks;

import dev.chit.adapters.persistence.queue.LeasedQueue;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.delivery.Attempt;
import java.util.UUID;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Webhooks in {@code webhooks}, {@code webhook_deliveries} and {@code webhook_attempts}; see
 * {@code V16__webhooks.sql}. Deliveries are claimed, retried and given up on by the one
 * {@link LeasedQueue}; an outcome that still counts (the claim is the reporter's) records the
 * attempt with it, in one transaction.
 */
public final class SqlWebhooks implements Webhooks {

    private final Statements sql;
    private final LeasedQueue queue;

    public SqlWebhooks(Statements sql, boolean skipLocked) {
        this.sql = sql;
        this.queue = new LeasedQueue(sql, skipLocked, WebhookRows.QUEUE);
    }

    /** The restaurant's deliveries given up on, newest first; see {@link LeasedQueue#deadPage}. */
    public List<DeadLetter> deadOf(RestaurantId restaurantId, Optional<DeadLetter.Cursor> after, int limit) {
        return queue.deadPage(WebhookRows.DEAD_COLUMNS, WebhookRows.ofRestaurant(restaurantId), after, limit).stream()
                .map(WebhookRows::deadLetter).toList();
    }

    /** Sends one of the restaurant's dead deliveries back to the queue; see {@link LeasedQueue#requeue}. */
    public DeadLetters.Requeued requeue(RestaurantId restaurantId, UUID id, Instant now) {
        return queue.requeue(WebhookRows.ofRestaurant(restaurantId), id, now);
    }

    @Override
    public void add(Webhook webhook) {
        sql.update("webhook-insert", WebhookRows.INSERT_HOOK, WebhookRows.hookParams(webhook));
    }

    @Override
    public List<Webhook> of(RestaurantId restaurantId) {
        // Every order event asks this in its transaction; the webhooks themselves are never among the
        // writes a transaction holds, so those stay held for the commit.
        return sql.queryBesideHeldWrites("webhooks-of", WebhookRows.HOOKS_OF, restaurantId.value()).stream()
                .map(WebhookRows::hook).toList();
    }

    @Override
    public Optional<Webhook> find(WebhookId id) {
        return sql.get("webhook", WebhookRows.HOOK, id.value()).map(WebhookRows::hook);
    }

    @Override
    public boolean remove(WebhookId id) {
        return sql.update("webhook-delete", WebhookRows.DELETE_HOOK, id.value()) == 1;
    }

    @Override
    public void enqueue(WebhookDelivery delivery) {
        sql.write("webhook-delivery-insert", WebhookRows.INSERT_DELIVERY, WebhookRows.deliveryParams(delivery));
    }

    @Override
    public List<Leased<WebhookDelivery>> claimDue(Instant now, Duration lease, int limit) {
        return queue.claimDue(now, lease, limit, WebhookRows::delivery);
    }

    @Override
    public boolean delivered(Leased<WebhookDelivery> leased, Attempt attempt) {
        return sql.inTransaction(() -> recorded(leased, attempt, queue.delivered(leased, attempt)));
    }

    @Override
    public boolean retryAt(Leased<WebhookDelivery> leased, Attempt attempt, Instant nextAttemptAt) {
        return sql.inTransaction(() -> recorded(leased, attempt, queue.retryAt(leased, attempt, nextAttemptAt)));
    }

    @Override
    public boolean dead(Leased<WebhookDelivery> leased, Attempt attempt) {
        return sql.inTransaction(() -> recorded(leased, attempt, queue.dead(leased, attempt)));
    }

    @Override
    public boolean release(Leased<WebhookDelivery> leased, Instant now) {
        return queue.release(leased, now);
    }

    // Called inside the outcome's transaction: the attempt is kept exactly when the outcome counted.
    private boolean recorded(Leased<WebhookDelivery> leased, Attempt attempt, boolean ours) {
        if (ours) {
            sql.update("webhook-attempt-insert", WebhookRows.INSERT_ATTEMPT,
                    WebhookRows.attemptParams(leased.message(), DeliveryAttempt.of(leased.message(), attempt)));
        }
        return ours;
    }

    @Override
    public List<DeliveryAttempt> attempts(WebhookId id, int limit) {
        return sql.query("webhook-attempts", WebhookRows.ATTEMPTS, id.value(), limit).stream()
                .map(WebhookRows::attempt).toList();
    }

    @Override
    public List<WebhookDelivery> deliveries(WebhookId id) {
        return sql.query("webhook-deliveries", WebhookRows.DELIVERIES, id.value()).stream()
                .map(WebhookRows::delivery).toList();
    }
}
