package dev.chit.domain.webhook;

import dev.chit.domain.delivery.Attempt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One try at a delivery, as a manager sees it: when, the receiver's status code (when it
 * answered) or the error (when it did not, or the address was refused), and which attempt.
 */
public record DeliveryAttempt(UUID deliveryId, WebhookEventType type, int attempt, Instant at,
                              Optional<Integer> statusCode, Optional<String> error) {

    public DeliveryAttempt {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(statusCode, "statusCode");
        error = Objects.requireNonNull(error, "error").map(Attempt::bounded);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
    }

    /** The receiver took it: a 2xx. */
    public boolean delivered() {
        return statusCode.filter(code -> code >= 200 && code < 300).isPresent();
    }

    /** The record of a reported attempt at {@code delivery} (its claim's attempt count). */
    public static DeliveryAttempt of(WebhookDelivery delivery, Attempt attempt) {
        return new DeliveryAttempt(delivery.id(), delivery.type(), delivery.attempts(), attempt.at(),
                attempt.statusCode(), attempt.error());
    }
}
