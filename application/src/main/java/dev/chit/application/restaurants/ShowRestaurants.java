package dev.chit.application.restaurants;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.RestaurantQuery;
import dev.chit.domain.port.RestaurantQuery.RestaurantCursor;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.VersionedRestaurant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The restaurants: with all their settings to those who work there (and to admins), and as the
 * public directory to guests: those that take orders online.
 */
public final class ShowRestaurants {

    private final Restaurants restaurants;
    private final Clock clock;

    public ShowRestaurants(Restaurants restaurants, Clock clock) {
        this.restaurants = restaurants;
        this.clock = clock;
    }

    /** A page of restaurants, by name, whether each would take an order now, and where the next page starts. */
    public record Page(List<Listed> items, Optional<RestaurantCursor> next) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /** A restaurant on a page, and whether it would take an order placed now. */
    public record Listed(Restaurant restaurant, boolean openNow) {
    }

    /** @throws NotFound when there is no such restaurant, or the caller does not work there */
    public VersionedRestaurant one(Caller caller, RestaurantId restaurantId) {
        caller.requireStaffOf(restaurantId);
        return restaurants.findVersioned(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }

    /** Every restaurant for an admin; for anyone else those they work at. By name. */
    public Page visibleTo(Caller caller, Optional<RestaurantCursor> after, int limit) {
        Optional<Set<RestaurantId>> among = caller.admin() ? Optional.empty() : Optional.of(caller.restaurants());
        return page(new RestaurantQuery(among, false, after, limit + 1), limit);
    }

    /** The public directory: the restaurants with online ordering switched on, paused or closed ones too. By name. */
    public Page directory(Optional<RestaurantCursor> after, int limit) {
        return page(new RestaurantQuery(Optional.empty(), true, after, limit + 1), limit);
    }

    // One more than the page is read: whether it exists says if there is a next page.
    private Page page(RestaurantQuery query, int limit) {
        List<Restaurant> found = restaurants.page(query);
        Instant now = clock.instant();
        List<Listed> items = found.stream().limit(limit)
                .map(restaurant -> new Listed(restaurant, restaurant.isTakingOrders(now, now)))
                .toList();
        Optional<RestaurantCursor> next = found.size() > limit
                ? Optional.of(RestaurantCursor.after(items.getLast().restaurant()))
                : Optional.empty();
        return new Page(items, next);
    }
}
