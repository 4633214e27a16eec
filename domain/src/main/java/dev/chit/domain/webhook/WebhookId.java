package dev.chit.domain.webhook;

import java.util.Objects;
import java.util.UUID;

public record WebhookId(UUID value) {

    public WebhookId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
