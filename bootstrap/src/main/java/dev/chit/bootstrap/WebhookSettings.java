package dev.chit.bootstrap;

import java.time.Duration;

/**
 * Webhooks: whether they may point at the server's own networks (loopback, link-local,
 * private addresses; refused unless allowed) and how often due deliveries are looked for.
 */
public record WebhookSettings(boolean allowPrivate, Duration deliverEvery) {

    public WebhookSettings {
        if (!deliverEvery.isPositive()) {
            throw new IllegalArgumentException("the webhook interval must be positive");
        }
    }

    /** Public addresses only, looked at every 5 seconds. */
    public static WebhookSettings defaults() {
        return new WebhookSettings(false, Duration.ofSeconds(5));
    }
}
