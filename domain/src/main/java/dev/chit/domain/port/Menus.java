package dev.chit.domain.port;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Optional;

/** Each restaurant's current menu. */
public interface Menus {

    /** The restaurant's menu; empty when the restaurant is unknown. */
    Optional<Menu> find(RestaurantId restaurantId);

    /**
     * Replaces the restaurant's menu. Items and options that past orders refer to are kept
     * (made unavailable), never deleted: orders keep what they were sold as.
     */
    void replace(Menu menu);
}
