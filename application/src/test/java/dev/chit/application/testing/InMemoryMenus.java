package dev.chit.application.testing;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.port.Menus;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Menus} in a map. It replaces menus whole: keeping items past orders refer to is the database adapter's job. */
public final class InMemoryMenus implements Menus, Snapshotting {

    private Map<RestaurantId, Menu> menus = new HashMap<>();

    @Override
    public Optional<Menu> find(RestaurantId restaurantId) {
        return Optional.ofNullable(menus.get(restaurantId));
    }

    @Override
    public void replace(Menu menu) {
        menus.put(menu.restaurantId(), menu);
    }

    @Override
    public Object snapshot() {
        return new HashMap<>(menus);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        menus = new HashMap<>((Map<RestaurantId, Menu>) snapshot);
    }
}
