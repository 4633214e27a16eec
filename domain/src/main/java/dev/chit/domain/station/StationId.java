package dev.chit.domain.station;

import java.util.Objects;
import java.util.UUID;

public record StationId(UUID value) {

    public StationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
