package dev.chit.application.restaurants;

import dev.chit.application.access.Caller;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.util.List;

/**
 * A platform admin opens a restaurant. It starts with the default settings changed as asked,
 * an empty menu and no staff: the admin hires its first manager next.
 */
public final class OpenRestaurant {

    private final Restaurants restaurants;
    private final Menus menus;
    private final Transactions transactions;
    private final IdGenerator ids;

    public OpenRestaurant(Restaurants restaurants, Menus menus, Transactions transactions, IdGenerator ids) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.transactions = transactions;
        this.ids = ids;
    }

    /**
     * @throws dev.chit.application.access.NotPermitted unless the caller is an admin
     * @throws dev.chit.domain.error.InvalidInput        naming every invalid field
     */
    public Restaurant open(Caller caller, NewRestaurant request) {
        caller.requireAdmin();
        RestaurantSettings settings = request.settings().applyTo(RestaurantSettings.defaults(request.currency()));
        Restaurant restaurant = new Restaurant(new RestaurantId(ids.next()), request.name(), request.address(),
                request.currency(), request.timezone(), settings);
        return transactions.inTransaction(() -> {
            restaurants.add(restaurant);
            // An empty menu rather than none: the public menu of a new restaurant is a page, not a 404.
            menus.replace(new Menu(restaurant.id(), List.of()));
            return restaurant;
        });
    }
}
