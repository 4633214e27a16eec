package dev.chit.application.live;

import dev.chit.domain.port.Portions;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.OptionalLong;

/**
 * Each restaurant's menu version, raised in the database by every change to its menu (a menu
 * saved, an item sold out or back, portions taken or given back), on whichever instance it
 * happened: a board is told {@code menu.updated} when the number it saw last has moved.
 */
public final class MenuVersions {

    private final Portions portions;

    public MenuVersions(Portions portions) {
        this.portions = portions;
    }

    /** Empty when the restaurant is unknown. */
    public OptionalLong of(RestaurantId restaurantId) {
        return portions.menuVersion(restaurantId);
    }
}
