package dev.chit.application.checkout;

import dev.chit.application.promotions.PromoCodes;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Promotions;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Prices a guest's cart without placing it. */
public final class QuoteCart {

    private final Restaurants restaurants;
    private final Menus menus;
    private final KitchenLoads kitchenLoads;
    private final PromoCodes promoCodes;
    private final Clock clock;

    public QuoteCart(Restaurants restaurants, Menus menus, KitchenLoads kitchenLoads, Clock clock) {
        this(restaurants, menus, kitchenLoads, new PromoCodes(Promotions.NONE), clock);
    }

    /** As the other constructor, a cart's promo code looked up in {@code promoCodes}. */
    public QuoteCart(Restaurants restaurants, Menus menus, KitchenLoads kitchenLoads, PromoCodes promoCodes,
                     Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.kitchenLoads = kitchenLoads;
        this.promoCodes = promoCodes;
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
        Instant now = clock.instant();
        // The guest is not known yet: limits per guest are asked at checkout.
        var discount = promoCodes.apply(restaurantId, cart, now, Optional.empty()).discount();
        return new PriceList(restaurant, menu).quote(cart, now, kitchenLoads.of(restaurantId), discount);
    }
}
