package dev.chit.application.menu;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowMenuTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final ShowMenu showMenu = new ShowMenu(chit.restaurants, chit.menus, chit.clock);

    @Test
    void theMenu_isShownWithWhetherTheRestaurantIsOpenNow() {
        // START is a Monday at noon UTC.
        chit.with(aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "11:00", "14:00")).build(), SampleMenu.menu());

        MenuView atNoon = showMenu.of(RESTAURANT_ID);
        chit.clock.set(START.plus(Duration.ofHours(3)));
        MenuView atThree = showMenu.of(RESTAURANT_ID);

        assertThat(atNoon.menu()).isEqualTo(SampleMenu.menu());
        assertThat(atNoon.openNow()).isTrue();
        assertThat(atThree.openNow()).isFalse();
    }

    @Test
    void aPausedRestaurant_isNotOpenNow() {
        chit.with(aRestaurant().pausedUntil(START.plusSeconds(60)).build(), SampleMenu.menu());

        assertThat(showMenu.of(RESTAURANT_ID).openNow()).isFalse();
    }

    @Test
    void anUnknownRestaurant_isNotFound() {
        assertThatThrownBy(() -> showMenu.of(new RestaurantId(UUID.randomUUID()))).isInstanceOf(NotFound.class);
    }
}
