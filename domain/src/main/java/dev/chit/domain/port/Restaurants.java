package dev.chit.domain.port;

import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.VersionedRestaurant;

import java.util.List;
import java.util.Optional;

/** The restaurants on this Chit. */
public interface Restaurants {

    void add(Restaurant restaurant);

    /** Stores new settings (and name or address) of an existing restaurant, raising its version. */
    void update(Restaurant restaurant);

    Optional<Restaurant> find(RestaurantId id);

    /** The restaurant with its version, as a reader would then send it back in {@code If-Match}. */
    Optional<VersionedRestaurant> findVersioned(RestaurantId id);

    /**
     * The same, with the restaurant locked until the transaction ends: for a change made from what
     * is read, so that two changes at once do not lose one.
     */
    Optional<VersionedRestaurant> lockVersioned(RestaurantId id);

    /** All restaurants, by name. */
    List<Restaurant> all();

    /** One page of the restaurants {@code query} asks for, by name then id. */
    List<Restaurant> page(RestaurantQuery query);
}
