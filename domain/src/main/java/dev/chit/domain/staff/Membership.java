package dev.chit.domain.staff;

import dev.chit.domain.restaurant.RestaurantId;

import java.util.Objects;

/** That a user works at a restaurant, and as what. */
public record Membership(RestaurantId restaurantId, Role role) {

    public Membership {
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(role, "role");
    }
}
