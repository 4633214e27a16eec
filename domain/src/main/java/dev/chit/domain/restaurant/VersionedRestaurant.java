package dev.chit.domain.restaurant;

import java.util.Objects;

/**
 * A restaurant as stored, with its version: a number that every stored change of the restaurant
 * raises, so that a manager can change settings only if nobody changed them since they looked
 * ({@code If-Match}).
 */
public record VersionedRestaurant(Restaurant restaurant, long version) {

    public VersionedRestaurant {
        Objects.requireNonNull(restaurant, "restaurant");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }
}
