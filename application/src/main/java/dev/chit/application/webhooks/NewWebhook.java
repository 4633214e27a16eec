package dev.chit.application.webhooks;

import dev.chit.domain.webhook.WebhookEventType;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A manager's new webhook; without a secret, one is made and shown once. */
public record NewWebhook(URI url, Set<WebhookEventType> events, Optional<String> secret) {

    public NewWebhook {
        Objects.requireNonNull(url, "url");
        events = Set.copyOf(events);
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "NewWebhook[url=" + url + ", events=" + events + ", secret=" + (secret.isPresent() ? "***" : "none") + "]";
    }
}
