package dev.chit.application.restaurants;

import dev.chit.application.access.NotPermitted;
import dev.chit.application.menu.ShowMenu;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantSettings;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenRestaurantTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final InMemoryChit chit = new InMemoryChit();
    private final OpenRestaurant openRestaurant =
            new OpenRestaurant(chit.restaurants, chit.menus, chit.transactions, chit.ids);

    private NewRestaurant trattoria(SettingsChange settings) {
        return new NewRestaurant("Trattoria Nova", Optional.of("Via Roma 1"), EUR, ZoneId.of("Europe/Rome"), settings);
    }

    @Test
    void anAdmin_opensARestaurant_withTheDefaultsChangedAsAsked() {
        Restaurant opened = openRestaurant.open(People.admin(),
                trattoria(SettingsChange.none().taxRateBasisPoints(1000).minOrder(1500)));

        RestaurantSettings expected = RestaurantSettings.defaults(EUR);
        assertThat(opened.settings().taxRateBasisPoints()).isEqualTo(1000);
        assertThat(opened.settings().minOrder()).isEqualTo(Money.of(1500, EUR));
        assertThat(opened.settings().defaultPrepMinutes()).isEqualTo(expected.defaultPrepMinutes());
        assertThat(opened.id().value().version()).as("a time-ordered id").isEqualTo(7);
        assertThat(chit.restaurants.find(opened.id())).contains(opened);
    }

    @Test
    void aNewRestaurant_hasAnEmptyMenu_notNone() {
        Restaurant opened = openRestaurant.open(People.admin(), trattoria(SettingsChange.none()));

        var menu = new ShowMenu(chit.restaurants, chit.menus, chit.clock).of(opened.id());

        assertThat(menu.menu().categories()).isEmpty();
    }

    @Test
    void onlyAnAdmin_opensRestaurants() {
        assertThatThrownBy(() -> openRestaurant.open(People.managerOf(RESTAURANT_ID), trattoria(SettingsChange.none())))
                .isInstanceOf(NotPermitted.class);
        assertThat(chit.restaurants.all()).isEmpty();
    }

    @Test
    void everyInvalidSetting_isNamed_andNothingIsStored() {
        assertThatThrownBy(() -> openRestaurant.open(People.admin(),
                trattoria(SettingsChange.none().defaultPrepMinutes(0).serviceFeeBasisPoints(10_001).minOrder(-1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("defaultPrepMinutes", "serviceFeeBasisPoints", "minOrder"));
        assertThat(chit.restaurants.all()).isEmpty();
    }
}
