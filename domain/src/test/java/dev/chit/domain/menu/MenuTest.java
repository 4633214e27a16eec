package dev.chit.domain.menu;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.CHEESE;
import static dev.chit.domain.testing.SampleMenu.EXTRAS;
import static dev.chit.domain.testing.SampleMenu.PIE;
import static dev.chit.domain.testing.SampleMenu.group;
import static dev.chit.domain.testing.SampleMenu.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MenuTest {

    private static void assertInvalid(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    private static MenuItem item(long price, ModifierGroup... groups) {
        return new MenuItem(new MenuItemId(UUID.randomUUID()), "Dish", null, Money.of(price, "USD"), true, List.of(groups));
    }

    @Test
    void item_isFoundByIdAcrossCategories() {
        Menu menu = SampleMenu.menu();

        assertThat(menu.item(BURGER.id())).contains(BURGER);
        assertThat(menu.item(PIE.id())).contains(PIE);
        assertThat(menu.item(new MenuItemId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void findOption_namesTheGroupItBelongsTo() {
        assertThat(BURGER.findOption(CHEESE.id())).hasValueSatisfying(found -> {
            assertThat(found.group()).isEqualTo(EXTRAS);
            assertThat(found.option()).isEqualTo(CHEESE);
        });
        assertThat(SampleMenu.SODA.findOption(CHEESE.id())).isEmpty();
    }

    @Test
    void aMissingDescription_isEmpty() {
        assertThat(item(100).description()).isEmpty();
    }

    @Test
    void aNegativePrice_isInvalidInputOnPrice() {
        assertInvalid(() -> item(-1), "price");
    }

    @Test
    void optionsThatWouldMakeAnItemCostLessThanNothing_areInvalidInputOnPrice() {
        ModifierGroup discounts = group("Discounts", 0, 2, option("Half off", -300), option("Small", -200));

        assertInvalid(() -> item(499, discounts), "price");
        assertThat(item(500, discounts).price()).isEqualTo(Money.of(500, "USD"));
    }

    @Test
    void onlyAsManyDiscountsAsTheGroupAllows_count() {
        ModifierGroup oneOf = group("Size", 1, 1, option("Kids", -300), option("Tiny", -400), option("Large", 200));

        assertThat(item(400, oneOf).price()).isEqualTo(Money.of(400, "USD"));
        assertInvalid(() -> item(399, oneOf), "price");
    }

    @Test
    void aGroupWhoseMinimumExceedsItsMaximum_isInvalid() {
        assertInvalid(() -> group("Sides", 2, 1, option("A", 0), option("B", 0)), "modifierGroups.minSelect");
        assertInvalid(() -> group("Sides", 0, 0, option("A", 0)), "modifierGroups.minSelect");
        assertInvalid(() -> group("Sides", 3, 3, option("A", 0), option("B", 0)), "modifierGroups.minSelect");
    }

    @Test
    void namesOnTheMenu_areCheckedLikeAnyName() {
        assertInvalid(() -> new MenuCategory("x".repeat(201), List.of()), "name");
        assertInvalid(() -> option("Extra\u0000", 0), "name");
        assertInvalid(() -> new MenuItem(new MenuItemId(UUID.randomUUID()), " ", "", Money.of(1, "USD"), true, List.of()), "name");
    }
}
