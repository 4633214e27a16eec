package dev.chit.domain.station;

import dev.chit.domain.menu.MenuItemId;

import java.util.List;

/** Which stations make a menu item: fixed on each line when the order is placed. */
@FunctionalInterface
public interface StationRouting {

    /** No stations: every line is for no station (a restaurant that has set none up). */
    StationRouting NONE = item -> List.of();

    List<StationId> stationsFor(MenuItemId item);
}
