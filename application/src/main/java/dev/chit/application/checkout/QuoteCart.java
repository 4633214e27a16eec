package dev.chit.application.checkout;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;

/** Prices a guest's cart without placing it. */
public final class QuoteCart {

    private final Restaurants restaurants;
    private final Menus menus;
    private final KitchenLoads kitchenLoads;
    private final Clock clock;

    public QuoteCart(Restaurants restaurants, Menus menus, KitchenLoads kitchenLoads, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.kitchenLoads = kitchenLoads;
        this.clock = clock;
    }

    /**
     * @throws NotFound when there is no such restaurant
     * @throws dev.chit.domain.checkout.RestaurantClosed when it would not take the order
     * @throws dev.chit.domain.error.InvalidInput listing what is wrong with the cart
     */
    public Quote quote(RestaurantId restaurantId, Cart cart) {
        var restaurant = restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        var menu = menus.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        return new PriceList(restaurant, menu).quote(cart, clock.instant(), kitchenLoads.of(restaurantId));
    }
}
