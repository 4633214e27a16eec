package dev.chit.domain.station;

import dev.chit.domain.menu.MenuItemId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A station as a manager sends it: {@code id} absent for a new one. Nothing is checked here;
 * {@link KitchenStations#setUp} checks the whole list against the menu and names each mistake.
 */
public record StationDraft(Optional<StationId> id, String name, List<String> categoryNames, List<MenuItemId> itemIds,
                           boolean isDefault, boolean expo) {

    public StationDraft {
        Objects.requireNonNull(id, "id");
        categoryNames = categoryNames == null ? List.of() : List.copyOf(categoryNames);
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }
}
