package dev.chit.adapters.persistence;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Order;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.EUR;
import static dev.chit.adapters.persistence.sql.Columns.bool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class MenusContract extends ContractBase {

    /** The settings of the database under test, for a second instance of Chit on it. */
    protected abstract DatabaseSettings sameDatabase();

    // The menu is cached per instance; a copy must not outlive a replacement made elsewhere.
    @Test
    void aMenuReplacedOnAnotherInstance_isWhatTheNextReadHereReturns() {
        var kitchen = given().kitchen();
        assertThat(database().menus().find(kitchen.id())).contains(kitchen.menu);
        Menu replacement = new Menu(kitchen.id(), List.of(new MenuCategory("Drinks", List.of(new MenuItem(
                new MenuItemId(UUID.randomUUID()), "Water", "still", Money.of(150, EUR), true, List.of())))));

        try (Database other = Database.open(sameDatabase())) {
            other.menus().replace(replacement);
        }

        assertThat(database().menus().find(kitchen.id())).contains(replacement);
    }

    @Test
    void storedMenu_readsBackInItsOrder() {
        var kitchen = given().kitchen();

        assertThat(database().menus().find(kitchen.id())).contains(kitchen.menu);
    }

    @Test
    void restaurantWithoutMenu_hasAnEmptyOne_andAnUnknownRestaurantNone() {
        Restaurant restaurant = Fixtures.restaurant("No menu yet");
        database().restaurants().add(restaurant);

        assertThat(database().menus().find(restaurant.id())).contains(new Menu(restaurant.id(), List.of()));
        assertThat(database().menus().find(new RestaurantId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void replacing_updatesReordersAddsAndRemoves() {
        var kitchen = given().kitchen();
        MenuItem cola = kitchen.item("Cola");
        MenuItem cheeseburger = kitchen.item("Cheeseburger");
        ModifierGroup extras = cheeseburger.modifierGroups().getFirst();
        MenuItem dearerCola = new MenuItem(cola.id(), "Cola Zero", "33 cl, no sugar", Money.of(350, EUR), false,
                List.of());
        MenuItem lessExtras = new MenuItem(cheeseburger.id(), cheeseburger.name(), cheeseburger.description(),
                cheeseburger.price(), true, List.of(new ModifierGroup(extras.id(), "Add", 0, 1,
                        List.of(extras.options().get(1)))));
        MenuItem water = new MenuItem(new MenuItemId(UUID.randomUUID()), "Water", "", Money.of(150, EUR), true,
                List.of());
        Menu replacement = new Menu(kitchen.id(), List.of(
                new MenuCategory("Drinks", List.of(water, dearerCola)),
                new MenuCategory("Mains", List.of(lessExtras))));

        database().menus().replace(replacement);

        assertThat(database().menus().find(kitchen.id())).contains(replacement);
        assertThat(menuItemRow(kitchen.item("Fries").id())).isEmpty();
    }

    @Test
    void soldItemsAndOptions_areKept_retired_andHiddenFromTheMenu() {
        var kitchen = given().kitchen();
        Order sold = kitchen.order().line("Cheeseburger", 1, "Bacon").place();
        MenuItem cheeseburger = kitchen.item("Cheeseburger");
        Menu drinksOnly = new Menu(kitchen.id(), List.of(new MenuCategory("Drinks", List.of(kitchen.item("Cola")))));

        database().menus().replace(drinksOnly);

        assertThat(database().menus().find(kitchen.id())).contains(drinksOnly);
        assertThat(menuItemRow(cheeseburger.id())).hasValueSatisfying(row -> {
            assertThat(bool(row, "retired")).isTrue();
            assertThat(bool(row, "available")).isFalse();
        });
        assertThat(menuItemRow(kitchen.item("Fries").id())).isEmpty();
        assertThat(database().orders().find(sold.id())).contains(sold);
    }

    @Test
    void retiredItem_putBackOnTheMenu_returns() {
        var kitchen = given().kitchen();
        kitchen.order().line("Cheeseburger", 1, "Bacon").place();
        database().menus().replace(new Menu(kitchen.id(), List.of()));

        database().menus().replace(kitchen.menu);

        assertThat(database().menus().find(kitchen.id())).contains(kitchen.menu);
    }

    @Test
    void removingAnOptionSold_keepsItRetired_whileItsGroupStays() {
        var kitchen = given().kitchen();
        kitchen.order().line("Cheeseburger", 1, "Bacon").place();
        MenuItem cheeseburger = kitchen.item("Cheeseburger");
        ModifierGroup extras = cheeseburger.modifierGroups().getFirst();
        ModifierOption egg = kitchen.option("Cheeseburger", "Fried egg");
        MenuItem eggOnly = new MenuItem(cheeseburger.id(), cheeseburger.name(), cheeseburger.description(),
                cheeseburger.price(), true, List.of(new ModifierGroup(extras.id(), extras.name(), 0, 1, List.of(egg))));
        Menu menu = new Menu(kitchen.id(), List.of(new MenuCategory("Burgers", List.of(eggOnly))));

        database().menus().replace(menu);

        assertThat(database().menus().find(kitchen.id())).contains(menu);
    }

    @Test
    void idsOfAnotherRestaurant_orTwiceOnOneMenu_areRefused() {
        var trattoria = given().kitchen();
        var pizzeria = given().kitchen();
        Menu stealing = new Menu(pizzeria.id(), List.of(new MenuCategory("Drinks", List.of(trattoria.item("Cola")))));
        MenuItem cola = pizzeria.item("Cola");
        Menu twice = new Menu(pizzeria.id(), List.of(new MenuCategory("Drinks", List.of(cola, cola))));

        assertThatThrownBy(() -> database().menus().replace(stealing)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> database().menus().replace(twice)).isInstanceOf(InvalidInput.class);
        assertThat(database().menus().find(pizzeria.id())).contains(pizzeria.menu);
    }

    @Test
    void menuOfAnUnknownRestaurant_isRefused() {
        Menu menu = Fixtures.standardMenu(new RestaurantId(UUID.randomUUID()));

        assertThatThrownBy(() -> database().menus().replace(menu)).isInstanceOf(NotFound.class);
    }

    private Optional<DbRow> menuItemRow(MenuItemId id) {
        return database().statements().get("test-menu-item", "SELECT retired, available FROM menu_items WHERE id = ?",
                id.value());
    }
}
