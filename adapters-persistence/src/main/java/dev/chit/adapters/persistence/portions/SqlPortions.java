package dev.chit.adapters.persistence.portions;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.menu.ItemSupply;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.SupplyChange;
import dev.chit.domain.port.Portions;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.optionalInstant;
import static dev.chit.adapters.persistence.sql.Columns.optionalInt;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Portions and timed sell-outs in {@code menu_items.stock} and {@code menu_items.available_again_at}.
 * Taking portions is one conditional update ({@code stock >= quantity}): of two checkouts racing for
 * the last portion the second's update waits for the first's row lock, then finds too few and
 * changes nothing. Each change raises {@code restaurants.menu_version} in the same transaction.
 *
 * <p>Locks are taken in the order a checkout takes them, the restaurant's row first (its order
 * number) and the item's after, so a rejection giving portions back while a checkout takes some
 * never waits for it in a cycle (a deadlock).
 */
public final class SqlPortions implements Portions {

    private static final String SUPPLIES = """
            SELECT id, stock, available_again_at FROM menu_items
            WHERE restaurant_id = ? AND retired = FALSE AND (stock IS NOT NULL OR available_again_at IS NOT NULL)""";
    private static final String TAKE = """
            UPDATE menu_items SET stock = stock - ? WHERE id = ? AND stock IS NOT NULL AND stock >= ?""";
    private static final String COUNTED = "SELECT stock FROM menu_items WHERE id = ? AND stock IS NOT NULL";
    private static final String GIVE_BACK = "UPDATE menu_items SET stock = stock + ? WHERE id = ? AND stock IS NOT NULL";
    private static final String NEW_VERSION_OF_ITEM = """
            UPDATE restaurants SET menu_version = menu_version + 1
            WHERE id = (SELECT restaurant_id FROM menu_items WHERE id = ?)""";
    private static final String ITEM_EXISTS =
            "SELECT id FROM menu_items WHERE id = ? AND restaurant_id = ? AND retired = FALSE";
    private static final String NEW_VERSION = "UPDATE restaurants SET menu_version = menu_version + 1 WHERE id = ?";
    private static final String DUE = """
            SELECT DISTINCT restaurant_id FROM menu_items WHERE available_again_at <= ?""";
    private static final String BRING_BACK = """
            UPDATE menu_items SET available = TRUE, available_again_at = NULL
            WHERE restaurant_id = ? AND available_again_at <= ?""";
    private static final String VERSION = "SELECT menu_version FROM restaurants WHERE id = ?";

    /** Rolls back a version raised for items another instance already brought back. */
    private static final class NothingToBringBack extends RuntimeException {
        NothingToBringBack() {
            super("nothing to bring back", null, false, false);
        }
    }

    private final Statements sql;

    public SqlPortions(Statements sql) {
        this.sql = sql;
    }

    @Override
    public Map<MenuItemId, ItemSupply> of(RestaurantId restaurantId) {
        Map<MenuItemId, ItemSupply> supplies = new LinkedHashMap<>();
        for (DbRow row : sql.query("portions-of-restaurant", SUPPLIES, restaurantId.value())) {
            var itemId = new MenuItemId(uuid(row, "id"));
            supplies.put(itemId, new ItemSupply(itemId,
                    optionalInt(row, "stock").map(OptionalInt::of).orElse(OptionalInt.empty()),
                    optionalInstant(row, "available_again_at")));
        }
        return supplies;
    }

    @Override
    public boolean change(RestaurantId restaurantId, MenuItemId itemId, SupplyChange change) {
        // Only the columns the change names are written: a concurrent checkout's take is kept.
        List<String> columns = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        change.available().ifPresent(available -> {
            columns.add("available = ?");
            params.add(available);
        });
        change.availableAgainAt().ifPresent(againAt -> {
            columns.add("available_again_at = ?");
            params.add(againAt);
        });
        change.stock().ifPresent(stock -> {
            columns.add("stock = ?");
            params.add(stock.isPresent() ? stock.getAsInt() : null);
        });
        if (sql.get("portions-item-exists", ITEM_EXISTS, itemId.value(), restaurantId.value()).isEmpty()) {
            return false;
        }
        if (columns.isEmpty()) {
            return true;
        }
        sql.update("portions-new-menu-version", NEW_VERSION, restaurantId.value());
        params.add(itemId.value());
        params.add(restaurantId.value());
        sql.update("portions-change", "UPDATE menu_items SET " + String.join(", ", columns)
                + " WHERE id = ? AND restaurant_id = ?", params);
        return true;
    }

    @Override
    public boolean take(MenuItemId itemId, int quantity) {
        if (sql.update("portions-take", TAKE, quantity, itemId.value(), quantity) == 1) {
            sql.update("portions-new-menu-version-of-item", NEW_VERSION_OF_ITEM, itemId.value());
            return true;
        }
        // Not taken: either too few left, or not counted at all.
        return sql.get("portions-counted", COUNTED, itemId.value()).isEmpty();
    }

    @Override
    public void giveBack(MenuItemId itemId, int quantity) {
        // Counted? (a plain read, no lock); then the restaurant's row, then the item's.
        if (sql.get("portions-counted", COUNTED, itemId.value()).isPresent()) {
            sql.update("portions-new-menu-version-of-item", NEW_VERSION_OF_ITEM, itemId.value());
            sql.update("portions-give-back", GIVE_BACK, quantity, itemId.value());
        }
    }

    @Override
    public List<RestaurantId> bringBack(Instant now) {
        List<RestaurantId> changed = new ArrayList<>();
        for (DbRow row : sql.query("portions-due", DUE, now)) {
            RestaurantId restaurantId = new RestaurantId(uuid(row, "restaurant_id"));
            // Conditional: of two instances bringing the same items back, the second changes nothing.
            // The restaurant's row first, as a checkout takes it; an instance that lost the race
            // finds nothing left to bring back, and its transaction (version and all) is rolled back.
            try {
                sql.inTransaction(() -> {
                    sql.update("portions-new-menu-version", NEW_VERSION, restaurantId.value());
                    if (sql.update("portions-bring-back", BRING_BACK, restaurantId.value(), now) == 0) {
                        throw new NothingToBringBack();
                    }
                });
                changed.add(restaurantId);
            } catch (NothingToBringBack broughtBackElsewhere) {
                // Another instance brought them back first.
            }
        }
        return changed;
    }

    @Override
    public OptionalLong menuVersion(RestaurantId restaurantId) {
        return sql.get("portions-menu-version", VERSION, restaurantId.value())
                .map(row -> OptionalLong.of(longValue(row, "menu_version")))
                .orElse(OptionalLong.empty());
    }
}
