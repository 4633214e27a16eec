package dev.chit.application.printing;

import dev.chit.domain.restaurant.RestaurantId;

import java.util.Map;
import java.util.UUID;

/** The names of a restaurant's kitchen stations by id: what a printer may name, and what its tickets say. */
@FunctionalInterface
public interface StationNames {

    /** A Chit without stations. */
    StationNames NONE = restaurantId -> Map.of();

    Map<UUID, String> of(RestaurantId restaurantId);
}
