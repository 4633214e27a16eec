package dev.chit.application.live;

import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Objects;

/**
 * One event on its way to the clients: the restaurant's {@code seq}, the order it is about,
 * when it happened (for the lag from change to client), and the frame already written.
 */
public record LiveEvent(RestaurantId restaurantId, OrderId orderId, long seq, Instant occurredAt, String frame) {

    public LiveEvent {
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(frame, "frame");
    }
}
