package dev.chit.domain.order;

import java.util.Objects;
import java.util.UUID;

public record OrderLineId(UUID value) {

    public OrderLineId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
