package dev.chit.domain.station;

import dev.chit.domain.menu.MenuItemId;

import java.util.ArrayList;
import java.util.Collections;
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
        // As sent: a null entry stays, for KitchenStations to name it (List.copyOf would throw on it).
        categoryNames = categoryNames == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categoryNames));
        itemIds = itemIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(itemIds));
    }
}
