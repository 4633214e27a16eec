package dev.chit.adapters.persistence.menus;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The menus last read, each with the restaurant's {@code menu_version} read before it. A copy is
 * used only for the version the database has now, so it is never staler than one read of that
 * number: a menu saved on another instance raises it, and the next reader reads the menu again.
 * The least recently used copies go first once {@code capacity} are kept.
 */
final class MenuCache {

    private record Copy(long version, Menu menu) {
    }

    private final Map<RestaurantId, Copy> copies;

    MenuCache(int capacity) {
        this.copies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<RestaurantId, Copy> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Menu> at(RestaurantId restaurantId, long version) {
        Copy copy = copies.get(restaurantId);
        return copy != null && copy.version() == version ? Optional.of(copy.menu()) : Optional.empty();
    }

    /**
     * Keeps {@code menu}, read after {@code version} was: its contents are at least that new. A
     * newer copy kept meanwhile by another reader stays.
     */
    synchronized void keep(long version, Menu menu) {
        copies.merge(menu.restaurantId(), new Copy(version, menu),
                (kept, read) -> kept.version() > read.version() ? kept : read);
    }
}
