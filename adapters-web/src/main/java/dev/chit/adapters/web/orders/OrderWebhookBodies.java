package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.json.Json;
import dev.chit.application.webhooks.WebhookBodies;
import dev.chit.domain.order.Order;
import dev.chit.domain.webhook.WebhookEventType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A webhook delivery's body, {@code {"id","type","createdAt","data":{"order":{...}}}}. It lives
 * here because the order inside is exactly the API's ({@link OrderJson}, written by the one
 * {@link Json} setup); the application asks for it through its {@link WebhookBodies} port.
 */
public final class OrderWebhookBodies implements WebhookBodies {

    private final Json json;

    public OrderWebhookBodies(Json json) {
        this.json = json;
    }

    private record EventJson(UUID id, String type, Instant createdAt, DataJson data) {
    }

    private record DataJson(OrderJson order) {
    }

    @Override
    public String write(UUID id, WebhookEventType type, Instant createdAt, Order order) {
        return new String(json.write(new EventJson(id, type.wireName(), createdAt, new DataJson(OrderJson.of(order)))),
                StandardCharsets.UTF_8);
    }
}
