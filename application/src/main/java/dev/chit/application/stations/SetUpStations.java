package dev.chit.application.stations;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.Stations;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.station.KitchenStations;
import dev.chit.domain.station.StationDraft;
import dev.chit.domain.station.StationId;

import java.util.List;

/** The restaurant's stations: shown to its staff (for their screens), set up by its managers. */
public final class SetUpStations {

    private final Menus menus;
    private final Stations stations;
    private final Transactions transactions;
    private final IdGenerator ids;

    public SetUpStations(Menus menus, Stations stations, Transactions transactions, IdGenerator ids) {
        this.menus = menus;
        this.stations = stations;
        this.transactions = transactions;
        this.ids = ids;
    }

    /** @throws NotFound unless the caller works at the restaurant */
    public KitchenStations of(Caller caller, RestaurantId restaurantId) {
        caller.requireStaffOf(restaurantId);
        menuOf(restaurantId);
        return stations.of(restaurantId);
    }

    /**
     * Replaces the stations with {@code drafts}, all or nothing.
     *
     * @throws dev.chit.domain.error.InvalidInput naming each field in error; nothing is stored then
     */
    public KitchenStations replace(Caller caller, RestaurantId restaurantId, List<StationDraft> drafts) {
        caller.requireManagerOf(restaurantId);
        return transactions.inTransaction(() -> {
            KitchenStations next = KitchenStations.setUp(stations.of(restaurantId), drafts, menuOf(restaurantId),
                    () -> new StationId(ids.next()));
            stations.replace(next);
            return next;
        });
    }

    private Menu menuOf(RestaurantId restaurantId) {
        return menus.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
    }
}
