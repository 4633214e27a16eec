package dev.chit.domain.port;

import dev.chit.domain.menu.ItemSupply;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.SupplyChange;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What is left of each menu item: portions counted and items sold out until a time. Every change
 * raises the restaurant's menu version, so cached menus are read again and live boards are told
 * ({@code menu.updated}).
 */
public interface Portions {

    /** Nothing counted and nothing sold out for a time: for wiring without a database. */
    Portions UNCOUNTED = new Portions() {
        @Override
        public Map<MenuItemId, ItemSupply> of(RestaurantId restaurantId) {
            return Map.of();
        }

        @Override
        public boolean change(RestaurantId restaurantId, MenuItemId itemId, SupplyChange change) {
            return false;
        }

        @Override
        public boolean take(MenuItemId itemId, int quantity) {
            return true;
        }

        @Override
        public void giveBack(MenuItemId itemId, int quantity) {
        }

        @Override
        public List<RestaurantId> bringBack(Instant now) {
            return List.of();
        }

        @Override
        public OptionalLong menuVersion(RestaurantId restaurantId) {
            return OptionalLong.empty();
        }
    };

    /** The items of the restaurant whose portions are counted or that are sold out until a time. */
    Map<MenuItemId, ItemSupply> of(RestaurantId restaurantId);

    /** @return false when the restaurant has no such item (or it was retired) */
    boolean change(RestaurantId restaurantId, MenuItemId itemId, SupplyChange change);

    /**
     * Takes {@code quantity} portions in the caller's transaction, never more than are left
     * however many checkouts run at once (a conditional update).
     *
     * @return false when the portions are counted and fewer than {@code quantity} are left
     */
    boolean take(MenuItemId itemId, int quantity);

    /** Gives portions back (an order that will not be made); nothing when they are not counted. */
    void giveBack(MenuItemId itemId, int quantity);

    /**
     * Makes the items whose time to come back has come available again, each once however many
     * instances ask.
     *
     * @return the restaurants whose menus changed
     */
    List<RestaurantId> bringBack(Instant now);

    /** The restaurant's menu version, raised by every change to its menu; empty: no such restaurant. */
    OptionalLong menuVersion(RestaurantId restaurantId);
}
