package dev.chit.application.testing;

import dev.chit.domain.port.RestaurantQuery;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.VersionedRestaurant;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryRestaurants implements Restaurants, Snapshotting {

    private Map<RestaurantId, VersionedRestaurant> restaurants = new LinkedHashMap<>();

    @Override
    public void add(Restaurant restaurant) {
        if (restaurants.putIfAbsent(restaurant.id(), new VersionedRestaurant(restaurant, 0)) != null) {
            throw new IllegalStateException("restaurant " + restaurant.id() + " exists already");
        }
    }

    @Override
    public void update(Restaurant restaurant) {
        if (restaurants.computeIfPresent(restaurant.id(),
                (id, stored) -> new VersionedRestaurant(restaurant, stored.version() + 1)) == null) {
            throw new IllegalStateException("restaurant " + restaurant.id() + " was never added");
        }
    }

    @Override
    public Optional<Restaurant> find(RestaurantId id) {
        return Optional.ofNullable(restaurants.get(id)).map(VersionedRestaurant::restaurant);
    }

    @Override
    public Optional<VersionedRestaurant> findVersioned(RestaurantId id) {
        return Optional.ofNullable(restaurants.get(id));
    }

    // One thread at a time already: there is nothing more to lock.
    @Override
    public Optional<VersionedRestaurant> lockVersioned(RestaurantId id) {
        return findVersioned(id);
    }

    @Override
    public List<Restaurant> all() {
        return restaurants.values().stream().map(VersionedRestaurant::restaurant)
                .sorted(Comparator.comparing(Restaurant::name)).toList();
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(restaurants);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        restaurants = new LinkedHashMap<>((Map<RestaurantId, VersionedRestaurant>) snapshot);
    }

    @Override
    public List<Restaurant> page(RestaurantQuery query) {
        return restaurants.values().stream().map(VersionedRestaurant::restaurant).filter(query::matches)
                .sorted(RestaurantQuery.BY_NAME)
                .limit(query.limit()).toList();
    }
}
