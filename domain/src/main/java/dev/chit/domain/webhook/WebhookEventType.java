package dev.chit.domain.webhook;

import dev.chit.domain.order.OrderEvent;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook may subscribe to, by the names the API uses ({@code order.created}, ...). */
public enum WebhookEventType {
    ORDER_CREATED("order.created"),
    ORDER_UPDATED("order.updated");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    /** A placed order is created; every later change of it (moves, delays, payment) updates it. */
    public static WebhookEventType of(OrderEvent event) {
        return event instanceof OrderEvent.OrderPlaced ? ORDER_CREATED : ORDER_UPDATED;
    }
}
