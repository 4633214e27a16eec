package dev.chit.application.menu;

import dev.chit.domain.menu.ItemSupply;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.photo.PhotoHash;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.StripeAccountId;

import java.util.Map;
import java.util.Optional;

/**
 * A restaurant's menu as guests see it, with whether the restaurant is open right now, the
 * photo of each item that has one, and the portions left and time to come back of those that have them.
 */
public record MenuView(Restaurant restaurant, Menu menu, boolean openNow, Map<MenuItemId, PhotoHash> photos,
                       Map<MenuItemId, ItemSupply> supplies) {

    public MenuView {
        photos = Map.copyOf(photos);
        supplies = Map.copyOf(supplies);
    }

    /** A menu of which nothing is counted or sold out until a time. */
    public MenuView(Restaurant restaurant, Menu menu, boolean openNow, Map<MenuItemId, PhotoHash> photos) {
        this(restaurant, menu, openNow, photos, Map.of());
    }

    /** The item's portions left and time to come back, when it has either. */
    public Optional<ItemSupply> supplyOf(MenuItemId itemId) {
        return Optional.ofNullable(supplies.get(itemId));
    }

    /**
     * The restaurant's connected Stripe account, for the guest's app to load Stripe.js on it
     * (API.md: the menu's {@code payments.stripeAccountId}); empty: the platform's own account.
     */
    public Optional<String> stripeAccountId() {
        return restaurant.settings().stripeAccountId().map(StripeAccountId::value);
    }

    public Optional<PhotoHash> photoOf(MenuItemId itemId) {
        return Optional.ofNullable(photos.get(itemId));
    }
}
