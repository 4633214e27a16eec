package dev.chit.application.restaurants;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.RestaurantQuery.RestaurantCursor;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowRestaurantsTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final ShowRestaurants showRestaurants = new ShowRestaurants(chit.restaurants, chit.clock);
    private final Restaurant zucca = restaurant("Zucca");
    private final Restaurant alba = restaurant("Alba");
    private final Restaurant mare = restaurant("Mare");

    private Restaurant restaurant(String name) {
        RestaurantId id = new RestaurantId(UUID.randomUUID());
        Restaurant restaurant = aRestaurant().withId(id).named(name).build();
        chit.with(restaurant, SampleMenu.menuOf(id));
        return restaurant;
    }

    private static List<Restaurant> restaurants(ShowRestaurants.Page page) {
        return page.items().stream().map(ShowRestaurants.Listed::restaurant).toList();
    }

    @Test
    void anAdmin_seesEveryRestaurant_byName() {
        assertThat(restaurants(showRestaurants.visibleTo(People.admin(), Optional.empty(), 50)))
                .containsExactly(alba, mare, zucca);
    }

    @Test
    void staff_seeTheRestaurantsTheyWorkAt_only() {
        assertThat(restaurants(showRestaurants.visibleTo(People.staffOf(zucca.id()), Optional.empty(), 50)))
                .containsExactly(zucca);
        assertThat(showRestaurants.visibleTo(People.nobody(), Optional.empty(), 50).items()).isEmpty();
    }

    @Test
    void pages_followOneAnother_byName_untilThereIsNoNext() {
        ShowRestaurants.Page first = showRestaurants.visibleTo(People.admin(), Optional.empty(), 2);
        ShowRestaurants.Page second = showRestaurants.visibleTo(People.admin(), first.next(), 2);

        assertThat(restaurants(first)).containsExactly(alba, mare);
        assertThat(first.next()).contains(RestaurantCursor.after(mare));
        assertThat(restaurants(second)).containsExactly(zucca);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void theDirectory_leavesOutRestaurantsThatSwitchedOnlineOrderingOff_andSaysWhoIsOpen() {
        RestaurantId id = new RestaurantId(UUID.randomUUID());
        Restaurant off = aRestaurant().withId(id).named("Bruma").switchedOff().build();
        chit.with(off, SampleMenu.menuOf(id));
        RestaurantId pausedId = new RestaurantId(UUID.randomUUID());
        Restaurant paused = aRestaurant().withId(pausedId).named("Corte")
                .pausedUntil(chit.clock.instant().plusSeconds(600)).build();
        chit.with(paused, SampleMenu.menuOf(pausedId));

        ShowRestaurants.Page directory = showRestaurants.directory(Optional.empty(), 50);

        assertThat(restaurants(directory)).containsExactly(alba, paused, mare, zucca);
        assertThat(directory.items()).extracting(ShowRestaurants.Listed::openNow).containsExactly(true, false, true, true);
    }

    @Test
    void oneRestaurant_isShownToItsStaff_andDoesNotExistForOthers() {
        assertThat(showRestaurants.one(People.staffOf(mare.id()), mare.id()).restaurant()).isEqualTo(mare);
        assertThat(showRestaurants.one(People.admin(), mare.id()).restaurant()).isEqualTo(mare);

        assertThatThrownBy(() -> showRestaurants.one(People.managerOf(alba.id()), mare.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> showRestaurants.one(People.admin(), new RestaurantId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
    }
}
