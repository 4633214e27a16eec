package dev.chit.domain.menu;

import java.util.Objects;
import java.util.UUID;

public record ModifierOptionId(UUID value) {

    public ModifierOptionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
