package dev.chit.domain.webhook;

import dev.chit.domain.delivery.Queued;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event on its way to one webhook. {@code id} is the event's id in the body, the same on
 * every attempt, for the receiver to drop duplicates; {@code body} is written once, when the
 * event happens, so every attempt sends the same bytes (only the signature's time changes).
 *
 * @param attempts   how many times it was claimed for sending
 * @param requeuedAt when a manager last sent it back to the queue after it was given up on
 */
public record WebhookDelivery(UUID id, WebhookId webhookId, WebhookEventType type, String body, Status status,
                              int attempts, Instant createdAt, Instant nextAttemptAt, Optional<Instant> requeuedAt)
        implements Queued {

    /** PENDING: to send (or being sent); DELIVERED: a 2xx came back; DEAD: given up on. */
    public enum Status {
        PENDING,
        DELIVERED,
        DEAD
    }

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(requeuedAt, "requeuedAt");
    }

    public static WebhookDelivery pending(UUID id, WebhookId webhookId, WebhookEventType type, String body,
                                          Instant at) {
        return new WebhookDelivery(id, webhookId, type, body, Status.PENDING, 0, at, at, Optional.empty());
    }
}
