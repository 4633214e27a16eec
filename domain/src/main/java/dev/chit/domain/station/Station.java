package dev.chit.domain.station;

import dev.chit.domain.menu.MenuItemId;

import java.util.Objects;
import java.util.Set;

/**
 * A place in the kitchen with its own screen (grill, fryer, bar): it takes the lines whose item
 * or category it names. The {@code isDefault} station takes every line no station names; the
 * {@code expo} station sees whole orders and sends them out. Checked as a whole by
 * {@link KitchenStations}, where a mistake can be named by its place in the list.
 */
public record Station(StationId id, String name, Set<String> categoryNames, Set<MenuItemId> itemIds,
                      boolean isDefault, boolean expo) {

    public Station {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        categoryNames = Set.copyOf(categoryNames);
        itemIds = Set.copyOf(itemIds);
    }

    /** Whether the station names the item, or the category the item is in. */
    public boolean names(MenuItemId item, String category) {
        return itemIds.contains(item) || categoryNames.contains(category);
    }
}
