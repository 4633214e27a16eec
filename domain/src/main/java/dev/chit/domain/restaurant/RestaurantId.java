package dev.chit.domain.restaurant;

import java.util.Objects;
import java.util.UUID;

public record RestaurantId(UUID value) {

    public RestaurantId {
        Objects.requireNonNull(value, "value");
    }

    public static RestaurantId of(String value) {
        return new RestaurantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
