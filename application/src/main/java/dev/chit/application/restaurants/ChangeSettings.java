package dev.chit.application.restaurants;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * A manager tunes how the restaurant takes orders. Timed settings (a pause, busy mode) are
 * stored as the instants they end at and compared with the clock wherever they matter, so
 * they lift by themselves: nothing has to run when they expire.
 */
public final class ChangeSettings {

    private final Restaurants restaurants;
    private final Transactions transactions;

    public ChangeSettings(Restaurants restaurants, Transactions transactions) {
        this.restaurants = restaurants;
        this.transactions = transactions;
    }

    /**
     * @return the restaurant with its new settings
     * @throws NotFound     when the caller does not work there
     * @throws dev.chit.application.access.NotPermitted when they do, but not as a manager
     * @throws dev.chit.domain.error.InvalidInput naming every invalid setting; nothing changes then
     */
    public Restaurant change(Caller caller, RestaurantId restaurantId, SettingsChange change) {
        caller.requireManagerOf(restaurantId);
        return transactions.inTransaction(() -> {
            Restaurant restaurant = restaurants.find(restaurantId)
                    .orElseThrow(() -> new NotFound("restaurant", restaurantId));
            if (change.isEmpty()) {
                return restaurant;
            }
            Restaurant changed = restaurant.withSettings(change.applyTo(restaurant.settings()));
            restaurants.update(changed);
            return changed;
        });
    }
}
