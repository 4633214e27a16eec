package dev.chit.adapters.persistence.restaurants;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;
import java.util.Optional;

/** The restaurants, with their settings, in the {@code restaurants} table. */
public final class SqlRestaurants implements Restaurants {

    private final Statements sql;

    public SqlRestaurants(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Restaurant restaurant) {
        sql.update("restaurant-insert", RestaurantRows.INSERT, RestaurantRows.insertParams(restaurant));
    }

    @Override
    public void update(Restaurant restaurant) {
        long changed = sql.update("restaurant-update", RestaurantRows.UPDATE, RestaurantRows.updateParams(restaurant));
        if (changed == 0) {
            throw new NotFound("restaurant", restaurant.id());
        }
    }

    @Override
    public Optional<Restaurant> find(RestaurantId id) {
        return sql.get("restaurant-by-id", RestaurantRows.BY_ID, id.value()).map(RestaurantRows::restaurant);
    }

    @Override
    public List<Restaurant> all() {
        return sql.query("restaurants-by-name", RestaurantRows.ALL_BY_NAME).stream()
                .map(RestaurantRows::restaurant)
                .toList();
    }
}
