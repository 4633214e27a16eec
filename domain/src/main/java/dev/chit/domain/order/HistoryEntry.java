package dev.chit.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One move in an order's life; {@code from} is empty for the placing of the order. */
public record HistoryEntry(Optional<OrderStatus> from, OrderStatus to, Instant at, Actor actor, Optional<String> reason) {

    public HistoryEntry {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
