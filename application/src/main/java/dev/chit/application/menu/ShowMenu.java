package dev.chit.application.menu;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;

/** Shows a restaurant's menu to anyone. */
public final class ShowMenu {

    private final Restaurants restaurants;
    private final Menus menus;
    private final Clock clock;

    public ShowMenu(Restaurants restaurants, Menus menus, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.clock = clock;
    }

    public MenuView of(RestaurantId restaurantId) {
        var restaurant = restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        var menu = menus.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        var now = clock.instant();
        return new MenuView(restaurant, menu, restaurant.isTakingOrders(now, now));
    }
}
