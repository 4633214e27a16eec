package dev.chit.domain.port;

import dev.chit.domain.order.OrderId;

import java.time.Instant;
import java.util.Objects;

/** Where the next page starts: just past this order in the query's sort order. */
public record OrderCursor(Instant placedAt, OrderId orderId) {

    public OrderCursor {
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(orderId, "orderId");
    }
}
