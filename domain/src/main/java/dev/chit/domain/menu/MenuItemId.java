package dev.chit.domain.menu;

import java.util.Objects;
import java.util.UUID;

public record MenuItemId(UUID value) {

    public MenuItemId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
