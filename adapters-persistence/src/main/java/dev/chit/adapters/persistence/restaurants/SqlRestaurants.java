package dev.chit.adapters.persistence.restaurants;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.RestaurantQuery;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.VersionedRestaurant;

import java.util.ArrayList;
import java.util.Collections;
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
    public Optional<VersionedRestaurant> findVersioned(RestaurantId id) {
        return sql.get("restaurant-versioned-by-id", RestaurantRows.VERSIONED_BY_ID, id.value())
                .map(RestaurantRows::versioned);
    }

    @Override
    public Optional<VersionedRestaurant> lockVersioned(RestaurantId id) {
        return sql.get("restaurant-lock-versioned", RestaurantRows.LOCK_VERSIONED_BY_ID, id.value())
                .map(RestaurantRows::versioned);
    }

    @Override
    public List<Restaurant> all() {
        return sql.query("restaurants-by-name", RestaurantRows.ALL_BY_NAME).stream()
                .map(RestaurantRows::restaurant)
                .toList();
    }

    @Override
    public List<Restaurant> page(RestaurantQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        query.among().ifPresent(ids -> {
            where.append(ids.isEmpty() ? " AND 1 = 0" : " AND id IN (" + String.join(", ",
                    Collections.nCopies(ids.size(), "?")) + ")");
            ids.forEach(id -> params.add(id.value()));
        });
        if (query.acceptingOrdersOnly()) {
            where.append(" AND accepting_orders = TRUE");
        }
        query.after().ifPresent(cursor -> {
            where.append(" AND (name > ? OR (name = ? AND id > ?))");
            params.addAll(List.of(cursor.name(), cursor.name(), cursor.id().value()));
        });
        params.add(query.limit());
        return sql.query("restaurants-page", RestaurantRows.SELECT + where + RestaurantRows.PAGE_ORDER, params).stream()
                .map(RestaurantRows::restaurant)
                .toList();
    }
}
