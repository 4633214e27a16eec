package dev.chit.domain.webhook;

import dev.chit.domain.restaurant.RestaurantId;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A restaurant's subscription: where its order events are POSTed. The {@code secret} is kept as
 * given (not hashed), since every delivery is signed with it.
 */
public record Webhook(WebhookId id, RestaurantId restaurantId, URI url, Set<WebhookEventType> events, String secret,
                      Instant createdAt) {

    /** The longest URL a receiver may have, as it is stored. */
    public static final int MAX_URL_LENGTH = 2000;

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(url, "url");
        events = Set.copyOf(events);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (events.isEmpty() || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook needs at least one event and a secret");
        }
    }

    public boolean wants(WebhookEventType type) {
        return events.contains(type);
    }

    // The secret must not reach a log through a debugging print.
    @Override
    public String toString() {
        return "Webhook[id=" + id + ", restaurantId=" + restaurantId + ", url=" + url + ", events=" + events + "]";
    }
}
