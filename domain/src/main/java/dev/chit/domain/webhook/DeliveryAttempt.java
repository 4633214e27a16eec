package dev.chit.domain.webhook;

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

    public static final int MAX_ERROR_LENGTH = 1000;

    public DeliveryAttempt {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(statusCode, "statusCode");
        error = Objects.requireNonNull(error, "error")
                .map(text -> text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH));
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
    }

    /** The receiver took it: a 2xx. */
    public boolean delivered() {
        return statusCode.filter(code -> code >= 200 && code < 300).isPresent();
    }
}
