package dev.chit.domain.printing;

import java.util.Objects;
import java.util.UUID;

public record PrinterId(UUID value) {

    public PrinterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
