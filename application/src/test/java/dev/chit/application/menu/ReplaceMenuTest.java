package dev.chit.application.menu;

import dev.chit.application.access.NotPermitted;
import dev.chit.application.menu.MenuDraft.Category;
import dev.chit.application.menu.MenuDraft.Group;
import dev.chit.application.menu.MenuDraft.Item;
import dev.chit.application.menu.MenuDraft.Option;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.USD;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplaceMenuTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final ReplaceMenu replaceMenu = new ReplaceMenu(chit.restaurants, chit.menus, chit.transactions, chit.ids);

    private static Item item(Optional<UUID> id, String name, long price, Group... groups) {
        return new Item(id, name, "", price, true, List.of(groups));
    }

    private Menu replace(MenuDraft draft) {
        return replaceMenu.replace(People.managerOf(RESTAURANT_ID), RESTAURANT_ID, draft);
    }

    @Test
    void keptIdsKeepTheirRows_andNewRowsGetTimeOrderedIds() {
        UUID burger = SampleMenu.BURGER.id().value();
        MenuDraft draft = new MenuDraft(List.of(new Category("Mains", List.of(
                item(Optional.of(burger), "Burger deluxe", 1450),
                item(Optional.empty(), "Hot dog", 700, new Group(Optional.empty(), "Sauce", 0, 1,
                        List.of(new Option(Optional.empty(), "Mustard", 0))))))));

        Menu menu = replace(draft);

        List<MenuItem> items = menu.categories().getFirst().items();
        assertThat(items.get(0).id().value()).isEqualTo(burger);
        assertThat(items.get(0).price()).isEqualTo(Money.of(1450, USD));
        assertThat(items.get(1).id().value().version()).isEqualTo(7);
        assertThat(items.get(1).modifierGroups().getFirst().id().value().version()).isEqualTo(7);
        assertThat(items.get(1).modifierGroups().getFirst().options().getFirst().id().value().version()).isEqualTo(7);
        assertThat(chit.menus.find(RESTAURANT_ID)).contains(menu);
    }

    @Test
    void everyMistake_isNamedByItsPlaceOnTheMenu_andTheMenuStays() {
        MenuDraft draft = new MenuDraft(List.of(
                new Category("Mains", List.of(item(Optional.empty(), " ", 100))),
                new Category("Drinks", List.of(
                        item(Optional.empty(), "Water", -1),
                        item(Optional.empty(), "Juice", 300, new Group(Optional.empty(), "Size", 2, 1, List.of()))))));

        assertThatThrownBy(() -> replace(draft)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly(
                        "categories[0].items[0].name",
                        "categories[1].items[0].price",
                        "categories[1].items[1].modifierGroups[0].minSelect"));
        assertThat(chit.menus.find(RESTAURANT_ID)).contains(SampleMenu.menu());
    }

    @Test
    void onlyAManager_replacesTheMenu() {
        MenuDraft empty = new MenuDraft(List.of());

        assertThatThrownBy(() -> replaceMenu.replace(People.staffOf(RESTAURANT_ID), RESTAURANT_ID, empty))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> replaceMenu.replace(People.managerOf(new RestaurantId(UUID.randomUUID())),
                RESTAURANT_ID, empty)).isInstanceOf(NotFound.class);
        assertThat(replaceMenu.replace(People.admin(), RESTAURANT_ID, empty).categories()).isEmpty();
    }
}
