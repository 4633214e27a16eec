package dev.chit.adapters.persistence.menus;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.port.Menus;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Currency;
import java.util.Optional;

import static dev.chit.adapters.persistence.sql.Columns.text;

/**
 * Menus in the tables {@code menu_categories}, {@code menu_items}, {@code modifier_groups} and
 * {@code modifier_options}. See {@link MenuReplacement} for what happens to rows a new menu
 * no longer has.
 */
public final class SqlMenus implements Menus {

    private final Statements sql;

    public SqlMenus(Statements sql) {
        this.sql = sql;
    }

    /** A restaurant whose menu was never set has an empty one; an unknown restaurant has none. */
    @Override
    public Optional<Menu> find(RestaurantId restaurantId) {
        // One transaction: one connection for the five reads, and a menu read whole.
        return sql.inTransaction(() -> sql.get("menu-restaurant-currency", MenuRows.RESTAURANT_CURRENCY,
                        restaurantId.value())
                .map(row -> Currency.getInstance(text(row, "currency").strip()))
                .map(currency -> new Menu(restaurantId, MenuRows.categories(currency,
                        sql.query("menu-categories", MenuRows.CATEGORIES, restaurantId.value()),
                        sql.query("menu-items", MenuRows.ITEMS, restaurantId.value()),
                        sql.query("menu-modifier-groups", MenuRows.GROUPS, restaurantId.value()),
                        sql.query("menu-modifier-options", MenuRows.OPTIONS, restaurantId.value())))));
    }

    @Override
    public void replace(Menu menu) {
        sql.inTransaction(() -> new MenuReplacement(sql, menu).run());
    }
}
