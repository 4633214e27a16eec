package dev.chit.domain.testing;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.RestaurantId;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A small menu in US cents whose numbers are easy to add up by hand:
 *
 * <pre>
 *   Burger 1250   Side: exactly one of Fries +0, Salad +150
 *                 Extras: up to two of Cheese +100, Bacon +200, No bun -50
 *   Soda    300
 *   Pie     500   (sold out)
 * </pre>
 */
public final class SampleMenu {

    public static final ModifierOption FRIES = option("Fries", 0);
    public static final ModifierOption SALAD = option("Salad", 150);
    public static final ModifierOption CHEESE = option("Cheese", 100);
    public static final ModifierOption BACON = option("Bacon", 200);
    public static final ModifierOption NO_BUN = option("No bun", -50);

    public static final ModifierGroup SIDE = group("Side", 1, 1, FRIES, SALAD);
    public static final ModifierGroup EXTRAS = group("Extras", 0, 2, CHEESE, BACON, NO_BUN);

    public static final MenuItem BURGER = item("Burger", 1250, true, SIDE, EXTRAS);
    public static final MenuItem SODA = item("Soda", 300, true);
    public static final MenuItem PIE = item("Pie", 500, false);

    private SampleMenu() {
    }

    public static Menu menu() {
        return menuOf(RestaurantBuilder.RESTAURANT_ID);
    }

    public static Menu menuOf(RestaurantId restaurantId) {
        return new Menu(restaurantId, List.of(
                new MenuCategory("Mains", List.of(BURGER)),
                new MenuCategory("Drinks and sweets", List.of(SODA, PIE))));
    }

    /** A menu of just these items, for tests that need their own prices. */
    public static Menu menuOf(RestaurantId restaurantId, MenuItem... items) {
        return new Menu(restaurantId, List.of(new MenuCategory("Menu", List.of(items))));
    }

    public static MenuItem item(String name, long priceCents, boolean available, ModifierGroup... groups) {
        return new MenuItem(new MenuItemId(idOf("item", name)), name, "", Money.of(priceCents, "USD"), available,
                List.of(groups));
    }

    public static ModifierGroup group(String name, int minSelect, int maxSelect, ModifierOption... options) {
        return new ModifierGroup(new ModifierGroupId(idOf("group", name)), name, minSelect, maxSelect, List.of(options));
    }

    public static ModifierOption option(String name, long deltaCents) {
        return new ModifierOption(new ModifierOptionId(idOf("option", name)), name, Money.of(deltaCents, "USD"));
    }

    private static UUID idOf(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}
