package dev.chit.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One move in an order's life; {@code from} is empty for the placing of the order. An entry whose
 * {@code from} and {@code to} are the same moved nothing: it records what happened to the order
 * while it stood (a refund made in the card network's dashboard).
 */
public record HistoryEntry(Optional<OrderStatus> from, OrderStatus to, Instant at, Actor actor, Optional<String> reason) {

    public HistoryEntry {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the order moved here (placed, or from another status). */
    public boolean isMove() {
        return from.filter(to::equals).isEmpty();
    }
}
