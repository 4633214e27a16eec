package dev.chit.adapters.web.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookEventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook as its managers see it. The secret is in the answer to its creation only
 * ({@link #created}); listings leave it out.
 */
record WebhookJson(UUID id, UUID restaurantId, String url, List<String> events, Instant createdAt,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookJson listed(Webhook hook) {
        return of(hook, null);
    }

    static WebhookJson created(Webhook hook) {
        return of(hook, hook.secret());
    }

    private static WebhookJson of(Webhook hook, String secret) {
        return new WebhookJson(hook.id().value(), hook.restaurantId().value(), hook.url().toString(),
                hook.events().stream().map(WebhookEventType::wireName).sorted().toList(), hook.createdAt(), secret);
    }

    record PageJson(List<WebhookJson> items) {
    }

    /** One attempt: when, the receiver's status code or the error, which attempt. */
    record AttemptJson(UUID deliveryId, String type, int attempt, Instant at, Integer statusCode, String error) {

        static AttemptJson of(DeliveryAttempt attempt) {
            return new AttemptJson(attempt.deliveryId(), attempt.type().wireName(), attempt.attempt(), attempt.at(),
                    attempt.statusCode().orElse(null), attempt.error().orElse(null));
        }
    }

    record AttemptsJson(List<AttemptJson> items) {
    }
}
