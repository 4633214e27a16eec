package dev.chit.adapters.persistence.webhooks;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookDelivery.Claimed;
import dev.chit.domain.webhook.WebhookDelivery.Status;
import dev.chit.domain.webhook.WebhookId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Webhooks in {@code webhooks}, {@code webhook_deliveries} and {@code webhook_attempts}; see
 * {@code V16__webhooks.sql}. Claiming works as {@code SqlOutbox}'s does: select the due rows
 * ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), then claim each with a conditional update.
 * An outcome updates the delivery only while the claim is still the reporter's, and records
 * the attempt with it.
 */
public final class SqlWebhooks implements Webhooks {

    private final Statements sql;
    private final boolean skipLocked;

    public SqlWebhooks(Statements sql, boolean skipLocked) {
        this.sql = sql;
        this.skipLocked = skipLocked;
    }

    @Override
    public void add(Webhook webhook) {
        sql.update("webhook-insert", WebhookRows.INSERT_HOOK, WebhookRows.hookParams(webhook));
    }

    @Override
    public List<Webhook> of(RestaurantId restaurantId) {
        return sql.query("webhooks-of", WebhookRows.HOOKS_OF, restaurantId.value()).stream()
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
        sql.update("webhook-delivery-insert", WebhookRows.INSERT_DELIVERY, WebhookRows.deliveryParams(delivery));
    }

    @Override
    public List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        return sql.inTransaction(() -> {
            UUID claim = UUID.randomUUID();
            Instant until = now.plus(lease);
            var due = sql.query("webhook-deliveries-due",
                    skipLocked ? WebhookRows.DUE_SKIP_LOCKED : WebhookRows.DUE_PLAIN, now, limit);
            for (var row : due) {
                sql.update("webhook-delivery-claim", WebhookRows.CLAIM, until, claim, uuid(row, "id"), now,
                        intValue(row, "attempts"));
            }
            return sql.query("webhook-deliveries-claimed", WebhookRows.CLAIMED, claim).stream()
                    .map(row -> new Claimed(WebhookRows.delivery(row), claim))
                    .toList();
        });
    }

    @Override
    public boolean delivered(Claimed claimed, DeliveryAttempt attempt) {
        return outcome(claimed, attempt, Status.DELIVERED, claimed.delivery().nextAttemptAt());
    }

    @Override
    public boolean retryAt(Claimed claimed, DeliveryAttempt attempt, Instant nextAttemptAt) {
        return outcome(claimed, attempt, Status.PENDING, nextAttemptAt);
    }

    @Override
    public boolean dead(Claimed claimed, DeliveryAttempt attempt) {
        return outcome(claimed, attempt, Status.DEAD, claimed.delivery().nextAttemptAt());
    }

    private boolean outcome(Claimed claimed, DeliveryAttempt attempt, Status status, Instant nextAttemptAt) {
        return sql.inTransaction(() -> {
            WebhookDelivery delivery = claimed.delivery();
            boolean ours = sql.update("webhook-delivery-outcome", WebhookRows.OUTCOME, status, nextAttemptAt,
                    delivery.id(), claimed.claim()) == 1;
            if (ours) {
                sql.update("webhook-attempt-insert", WebhookRows.INSERT_ATTEMPT,
                        WebhookRows.attemptParams(delivery, attempt));
            }
            return ours;
        });
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
