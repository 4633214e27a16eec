package dev.chit.adapters.persistence.stations;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.port.Stations;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.station.KitchenStations;
import dev.chit.domain.station.Station;
import dev.chit.domain.station.StationId;
import io.helidon.dbclient.DbRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/** Stations in {@code stations}, {@code station_categories} and {@code station_items}. */
public final class SqlStations implements Stations {

    private static final String OF = """
            SELECT id, name, is_default, expo FROM stations WHERE restaurant_id = ? ORDER BY position""";
    private static final String CATEGORIES_OF = """
            SELECT c.station_id, c.category_name FROM station_categories c JOIN stations s ON s.id = c.station_id
            WHERE s.restaurant_id = ? ORDER BY c.category_name""";
    private static final String ITEMS_OF = """
            SELECT i.station_id, i.menu_item_id FROM station_items i JOIN stations s ON s.id = i.station_id
            WHERE s.restaurant_id = ?""";
    // Rows are kept by id (a printer may name a station), their names and items written afresh.
    private static final String DELETE_CATEGORIES = """
            DELETE FROM station_categories WHERE station_id IN (SELECT id FROM stations WHERE restaurant_id = ?)""";
    private static final String DELETE_ITEMS = """
            DELETE FROM station_items WHERE station_id IN (SELECT id FROM stations WHERE restaurant_id = ?)""";
    private static final String DELETE_STATION = "DELETE FROM stations WHERE id = ? AND restaurant_id = ?";
    private static final String UPDATE_STATION = """
            UPDATE stations SET position = ?, name = ?, is_default = ?, expo = ? WHERE id = ? AND restaurant_id = ?""";
    private static final String INSERT_STATION = """
            INSERT INTO stations (id, restaurant_id, position, name, is_default, expo) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CATEGORY =
            "INSERT INTO station_categories (station_id, category_name) VALUES (?, ?)";
    private static final String INSERT_ITEM = "INSERT INTO station_items (station_id, menu_item_id) VALUES (?, ?)";

    private final Statements sql;

    public SqlStations(Statements sql) {
        this.sql = sql;
    }

    @Override
    public KitchenStations of(RestaurantId restaurantId) {
        return sql.inTransaction(() -> {
            UUID restaurant = restaurantId.value();
            Map<UUID, Set<String>> categories = new HashMap<>();
            for (DbRow row : sql.query("station-categories-of", CATEGORIES_OF, restaurant)) {
                categories.computeIfAbsent(uuid(row, "station_id"), id -> new LinkedHashSet<>())
                        .add(text(row, "category_name"));
            }
            Map<UUID, Set<MenuItemId>> items = new HashMap<>();
            for (DbRow row : sql.query("station-items-of", ITEMS_OF, restaurant)) {
                items.computeIfAbsent(uuid(row, "station_id"), id -> new LinkedHashSet<>())
                        .add(new MenuItemId(uuid(row, "menu_item_id")));
            }
            List<Station> stations = new ArrayList<>();
            for (DbRow row : sql.query("stations-of", OF, restaurant)) {
                UUID id = uuid(row, "id");
                stations.add(new Station(new StationId(id), text(row, "name"), categories.getOrDefault(id, Set.of()),
                        items.getOrDefault(id, Set.of()), bool(row, "is_default"), bool(row, "expo")));
            }
            return new KitchenStations(restaurantId, stations);
        });
    }

    @Override
    public void replace(KitchenStations next) {
        UUID restaurant = next.restaurantId().value();
        sql.inTransaction(() -> {
            KitchenStations current = of(next.restaurantId());
            sql.update("station-categories-delete", DELETE_CATEGORIES, restaurant);
            sql.update("station-items-delete", DELETE_ITEMS, restaurant);
            for (Station gone : current.stations()) {
                if (next.station(gone.id()).isEmpty()) {
                    sql.update("station-delete", DELETE_STATION, gone.id().value(), restaurant);
                }
            }
            for (int position = 0; position < next.stations().size(); position++) {
                Station station = next.stations().get(position);
                UUID id = station.id().value();
                if (current.station(station.id()).isPresent()) {
                    sql.update("station-update", UPDATE_STATION, position, station.name(), station.isDefault(),
                            station.expo(), id, restaurant);
                } else {
                    sql.update("station-insert", INSERT_STATION, id, restaurant, position, station.name(),
                            station.isDefault(), station.expo());
                }
                for (String category : station.categoryNames()) {
                    sql.update("station-category-insert", INSERT_CATEGORY, id, category);
                }
                for (MenuItemId item : station.itemIds()) {
                    sql.update("station-item-insert", INSERT_ITEM, id, item.value());
                }
            }
        });
    }
}
