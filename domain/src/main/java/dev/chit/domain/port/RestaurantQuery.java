package dev.chit.domain.port;

import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A page of restaurants by name, then id: at most {@code limit} of them, after {@code after}
 * when given (keyset pagination), among {@code among} when given, and only those with online
 * ordering switched on when {@code acceptingOrdersOnly}.
 */
public record RestaurantQuery(
        Optional<Set<RestaurantId>> among,
        boolean acceptingOrdersOnly,
        Optional<RestaurantCursor> after,
        int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
    /** The order of every page: by name, then by id. */
    public static final Comparator<Restaurant> BY_NAME =
            Comparator.comparing(Restaurant::name).thenComparing(restaurant -> restaurant.id().value());

    public RestaurantQuery {
        among = Objects.requireNonNull(among, "among").map(Set::copyOf);
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT + 1) {
            throw new IllegalArgumentException("limit must be between 1 and " + (MAX_LIMIT + 1));
        }
    }

    /** Where a page ended: the last restaurant's name and id. */
    public record RestaurantCursor(String name, RestaurantId id) {

        public RestaurantCursor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
        }

        public static RestaurantCursor after(Restaurant restaurant) {
            return new RestaurantCursor(restaurant.name(), restaurant.id());
        }
    }

    /** Whether {@code restaurant} belongs on a page of this query, wherever the page starts (for in-memory stores). */
    public boolean matches(Restaurant restaurant) {
        return among.map(ids -> ids.contains(restaurant.id())).orElse(true)
                && (!acceptingOrdersOnly || restaurant.settings().acceptingOrders())
                && after.map(cursor -> restaurant.name().compareTo(cursor.name()) > 0
                        || restaurant.name().equals(cursor.name())
                        && restaurant.id().value().compareTo(cursor.id().value()) > 0).orElse(true);
    }
}
