package dev.chit.domain.menu;

import java.util.Objects;
import java.util.UUID;

public record ModifierGroupId(UUID value) {

    public ModifierGroupId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
