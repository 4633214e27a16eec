package dev.chit.application.webhooks;

import dev.chit.domain.order.Order;
import dev.chit.domain.webhook.WebhookEventType;

import java.time.Instant;
import java.util.UUID;

/**
 * Writes a delivery's body, {@code {"id","type","createdAt","data":{"order":{...}}}}, with the
 * order as the API shows it; implemented by the web adapter, which owns that JSON.
 */
public interface WebhookBodies {

    String write(UUID id, WebhookEventType type, Instant createdAt, Order order);
}
