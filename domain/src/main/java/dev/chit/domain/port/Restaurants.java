package dev.chit.domain.port;

import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;
import java.util.Optional;

/** The restaurants on this Chit. */
public interface Restaurants {

    void add(Restaurant restaurant);

    /** Stores new settings (and name or address) of an existing restaurant. */
    void update(Restaurant restaurant);

    Optional<Restaurant> find(RestaurantId id);

    /** All restaurants, by name. */
    List<Restaurant> all();

    /** One page of the restaurants {@code query} asks for, by name then id. */
    List<Restaurant> page(RestaurantQuery query);
}
