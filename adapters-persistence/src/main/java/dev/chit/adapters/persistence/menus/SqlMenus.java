package dev.chit.adapters.persistence.menus;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.port.Menus;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Currency;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.longValue;
import static dev.chit.adapters.persistence.sql.Columns.text;

/**
 * Menus in the tables {@code menu_categories}, {@code menu_items}, {@code modifier_groups} and
 * {@code modifier_options}. See {@link MenuReplacement} for what happens to rows a new menu
 * no longer has.
 */
public final class SqlMenus implements Menus {

    // Enough for every restaurant of a large installation; a miss costs four queries.
    private static final int CACHED_MENUS = 2_000;

    private final Statements sql;
    private final MenuCache cache = new MenuCache(CACHED_MENUS);

    public SqlMenus(Statements sql) {
        this.sql = sql;
    }

    /**
     * A restaurant whose menu was never set has an empty one; an unknown restaurant has none.
     * One primary-key read of the restaurant's currency and menu version, and the four menu
     * tables only when the cached copy is not of that version.
     */
    @Override
    public Optional<Menu> find(RestaurantId restaurantId) {
        return sql.get("menu-restaurant-version", MenuRows.RESTAURANT_VERSION, restaurantId.value())
                .map(row -> {
                    long version = longValue(row, "menu_version");
                    return cache.at(restaurantId, version).orElseGet(() -> {
                        Menu menu = read(restaurantId, Currency.getInstance(text(row, "currency").strip()));
                        cache.keep(version, menu);
                        return menu;
                    });
                });
    }

    // One transaction: one connection for the four reads, and a menu read whole.
    private Menu read(RestaurantId restaurantId, Currency currency) {
        return sql.inTransaction(() -> new Menu(restaurantId, MenuRows.categories(currency,
                sql.query("menu-categories", MenuRows.CATEGORIES, restaurantId.value()),
                sql.query("menu-items", MenuRows.ITEMS, restaurantId.value()),
                sql.query("menu-modifier-groups", MenuRows.GROUPS, restaurantId.value()),
                sql.query("menu-modifier-options", MenuRows.OPTIONS, restaurantId.value()))));
    }

    @Override
    public void replace(Menu menu) {
        sql.inTransaction(() -> new MenuReplacement(sql, menu).run());
    }
}
