package dev.chit.adapters.web.kitchen;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.station.KitchenStations;
import dev.chit.domain.station.Station;
import dev.chit.domain.station.StationDraft;
import dev.chit.domain.station.StationId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code {"stations":[{"id","name","categoryNames","itemIds","default","expo"}]}}, read and written. */
record StationsJson(List<StationJson> stations) {

    static StationsJson of(KitchenStations kitchen) {
        return new StationsJson(kitchen.stations().stream().map(StationJson::of).toList());
    }

    /** The stations as a manager sent them; absent lists are empty, absent flags false. */
    List<StationDraft> drafts() {
        return stations == null ? List.of() : stations.stream()
                .map(station -> station == null ? new StationJson(null, null, null, null, null, null) : station)
                .map(StationJson::draft).toList();
    }

    record StationJson(UUID id, String name, List<String> categoryNames, List<UUID> itemIds,
                       @JsonProperty("default") Boolean isDefault, Boolean expo) {

        static StationJson of(Station station) {
            return new StationJson(station.id().value(), station.name(), List.copyOf(station.categoryNames()),
                    station.itemIds().stream().map(MenuItemId::value).toList(), station.isDefault(), station.expo());
        }

        StationDraft draft() {
            return new StationDraft(Optional.ofNullable(id).map(StationId::new), name, categoryNames,
                    itemIds == null ? List.of() : itemIds.stream().map(id -> id == null ? null : new MenuItemId(id))
                            .toList(),
                    Boolean.TRUE.equals(isDefault), Boolean.TRUE.equals(expo));
        }
    }
}
