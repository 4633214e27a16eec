package dev.chit.application.restaurants;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The restaurants with all their settings, to those who work there (and to admins). */
public final class ShowRestaurants {

    private final Restaurants restaurants;

    public ShowRestaurants(Restaurants restaurants) {
        this.restaurants = restaurants;
    }

    /** @throws NotFound when there is no such restaurant, or the caller does not work there */
    public Restaurant one(Caller caller, RestaurantId restaurantId) {
        caller.requireStaffOf(restaurantId);
        return restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }

    /** Every restaurant for an admin; for anyone else those they work at. By name. */
    public List<Restaurant> visibleTo(Caller caller) {
        if (caller.admin()) {
            return restaurants.all();
        }
        return caller.restaurants().stream()
                .map(restaurants::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Restaurant::name).thenComparing(r -> r.id().value()))
                .toList();
    }
}
