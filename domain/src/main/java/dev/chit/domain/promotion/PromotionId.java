package dev.chit.domain.promotion;

import java.util.Objects;
import java.util.UUID;

public record PromotionId(UUID value) {

    public PromotionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
