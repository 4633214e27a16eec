package dev.chit.domain.order;

import java.util.Objects;

/** A manager's ask to give back {@code quantity} more items of the order line {@code lineId}. */
public record LineQuantity(OrderLineId lineId, int quantity) {

    public LineQuantity {
        Objects.requireNonNull(lineId, "lineId");
    }
}
