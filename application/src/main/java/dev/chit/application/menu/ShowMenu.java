package dev.chit.application.menu;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Photos;
import dev.chit.domain.port.Portions;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Shows a restaurant's menu to anyone, with the items' photos when photos are kept. */
public final class ShowMenu {

    private final Restaurants restaurants;
    private final Menus menus;
    private final Optional<Photos> photos;
    private final Portions portions;
    private final Clock clock;

    public ShowMenu(Restaurants restaurants, Menus menus, Clock clock) {
        this(restaurants, menus, Optional.empty(), Portions.UNCOUNTED, clock);
    }

    public ShowMenu(Restaurants restaurants, Menus menus, Photos photos, Clock clock) {
        this(restaurants, menus, Optional.of(photos), Portions.UNCOUNTED, clock);
    }

    /** As the other constructors, with each item's portions left and time to come back. */
    public ShowMenu(Restaurants restaurants, Menus menus, Photos photos, Portions portions, Clock clock) {
        this(restaurants, menus, Optional.of(photos), portions, clock);
    }

    private ShowMenu(Restaurants restaurants, Menus menus, Optional<Photos> photos, Portions portions, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.photos = photos;
        this.portions = portions;
        this.clock = clock;
    }

    public MenuView of(RestaurantId restaurantId) {
        var restaurant = restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        var menu = menus.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        var now = clock.instant();
        var itemPhotos = photos.map(stored -> stored.ofRestaurant(restaurantId)).orElse(Map.of());
        return new MenuView(restaurant, menu, restaurant.isTakingOrders(now, now), itemPhotos,
                portions.of(restaurantId));
    }
}
