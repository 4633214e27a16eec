package dev.chit.application.restaurants;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowRestaurantsTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final ShowRestaurants showRestaurants = new ShowRestaurants(chit.restaurants);
    private final Restaurant zucca = restaurant("Zucca");
    private final Restaurant alba = restaurant("Alba");
    private final Restaurant mare = restaurant("Mare");

    private Restaurant restaurant(String name) {
        RestaurantId id = new RestaurantId(UUID.randomUUID());
        Restaurant restaurant = aRestaurant().withId(id).named(name).build();
        chit.with(restaurant, SampleMenu.menuOf(id));
        return restaurant;
    }

    @Test
    void anAdmin_seesEveryRestaurant_byName() {
        assertThat(showRestaurants.visibleTo(People.admin())).containsExactly(alba, mare, zucca);
    }

    @Test
    void staff_seeTheRestaurantsTheyWorkAt_only() {
        assertThat(showRestaurants.visibleTo(People.staffOf(zucca.id()))).containsExactly(zucca);
        assertThat(showRestaurants.visibleTo(People.nobody())).isEmpty();
    }

    @Test
    void oneRestaurant_isShownToItsStaff_andDoesNotExistForOthers() {
        assertThat(showRestaurants.one(People.staffOf(mare.id()), mare.id())).isEqualTo(mare);
        assertThat(showRestaurants.one(People.admin(), mare.id())).isEqualTo(mare);

        assertThatThrownBy(() -> showRestaurants.one(People.managerOf(alba.id()), mare.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> showRestaurants.one(People.admin(), new RestaurantId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
    }
}
