package dev.chit.adapters.persistence.webhooks;

import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import dev.chit.adapters.persistence.queue.LeasedQueue;
import io.helidon.dbclient.DbRow;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalInt;
import static dev.chit.adapters.persistence.sql.Columns.optionalText;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** The statements of {@code V16__webhooks.sql}'s tables and the mapping of their rows. */
final class WebhookRows {

    private static final String HOOK_COLUMNS = "id, restaurant_id, url, events, secret, created_at";
    static final String INSERT_HOOK = "INSERT INTO webhooks (" + HOOK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    static final String HOOKS_OF = "SELECT " + HOOK_COLUMNS + " FROM webhooks WHERE restaurant_id = ? ORDER BY created_at, id";
    static final String HOOK = "SELECT " + HOOK_COLUMNS + " FROM webhooks WHERE id = ?";
    static final String DELETE_HOOK = "DELETE FROM webhooks WHERE id = ?";

    private static final String DELIVERY_COLUMNS = """
            id, webhook_id, event_type, body, status, attempts, created_at, next_attempt_at, requeued_at""";
    static final String INSERT_DELIVERY = "INSERT INTO webhook_deliveries (" + DELIVERY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final LeasedQueue.Table QUEUE = new LeasedQueue.Table("webhook_deliveries", DELIVERY_COLUMNS,
            Optional.empty(), "DELIVERED");

    static final String DELIVERIES = "SELECT " + DELIVERY_COLUMNS
            + " FROM webhook_deliveries WHERE webhook_id = ? ORDER BY created_at, id";

    // Numbered over the delivery's whole life: a delivery sent back to the queue after it died
    // counts its attempts from nought again, and its earlier attempts stay in the history.
    static final String INSERT_ATTEMPT = """
            INSERT INTO webhook_attempts (delivery_id, attempt, webhook_id, event_type, attempted_at, status_code, error)
            VALUES (?, (SELECT COALESCE(MAX(attempt), 0) + 1 FROM webhook_attempts WHERE delivery_id = ?),
                ?, ?, ?, ?, ?)""";

    static final String DEAD_COLUMNS = "id, webhook_id, event_type, attempts, created_at, last_error";

    /** The deliveries of one restaurant's webhooks. */
    static LeasedQueue.Scope ofRestaurant(RestaurantId restaurantId) {
        return new LeasedQueue.Scope("webhook_id IN (SELECT id FROM webhooks WHERE restaurant_id = ?)",
                List.of(restaurantId.value()));
    }

    static DeadLetter deadLetter(DbRow row) {
        return new DeadLetter(uuid(row, "id"), text(row, "event_type"), uuid(row, "webhook_id"),
                intValue(row, "attempts"), instant(row, "created_at"), instant(row, "dead_at"),
                optionalText(row, "last_error"));
    }
    static final String ATTEMPTS = """
            SELECT delivery_id, attempt, event_type, attempted_at, status_code, error FROM webhook_attempts
            WHERE webhook_id = ? ORDER BY attempted_at DESC, attempt DESC LIMIT ?""";

    private WebhookRows() {
    }

    static Object[] hookParams(Webhook hook) {
        return new Object[] {hook.id().value(), hook.restaurantId().value(), hook.url().toString(),
                hook.events().stream().map(WebhookEventType::wireName).sorted().collect(Collectors.joining(",")),
                hook.secret(), hook.createdAt()};
    }

    static Webhook hook(DbRow row) {
        Set<WebhookEventType> events = Arrays.stream(text(row, "events").split(","))
                .map(name -> WebhookEventType.fromWireName(name).orElseThrow())
                .collect(Collectors.toSet());
        return new Webhook(new WebhookId(uuid(row, "id")), new RestaurantId(uuid(row, "restaurant_id")),
                URI.create(text(row, "url")), events, text(row, "secret"), instant(row, "created_at"));
    }

    static Object[] deliveryParams(WebhookDelivery delivery) {
        return new Object[] {delivery.id(), delivery.webhookId().value(), delivery.type().wireName(), delivery.body(),
                delivery.status(), delivery.attempts(), delivery.createdAt(), delivery.nextAttemptAt(),
                delivery.requeuedAt()};
    }

    static WebhookDelivery delivery(DbRow row) {
        return new WebhookDelivery(uuid(row, "id"), new WebhookId(uuid(row, "webhook_id")), type(row),
                text(row, "body"), enumValue(row, "status", WebhookDelivery.Status.class), intValue(row, "attempts"),
                instant(row, "created_at"), instant(row, "next_attempt_at"), optionalInstant(row, "requeued_at"));
    }

    static Object[] attemptParams(WebhookDelivery delivery, DeliveryAttempt attempt) {
        return new Object[] {attempt.deliveryId(), attempt.deliveryId(), delivery.webhookId().value(),
                attempt.type().wireName(), attempt.at(), attempt.statusCode(), attempt.error()};
    }

    static DeliveryAttempt attempt(DbRow row) {
        return new DeliveryAttempt(uuid(row, "delivery_id"), type(row), intValue(row, "attempt"),
                instant(row, "attempted_at"), optionalInt(row, "status_code"), optionalText(row, "error"));
    }

    private static WebhookEventType type(DbRow row) {
        return WebhookEventType.fromWireName(text(row, "event_type")).orElseThrow();
    }
}
