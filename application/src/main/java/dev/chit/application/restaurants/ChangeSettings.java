package dev.chit.application.restaurants;

import dev.chit.application.access.Caller;
import dev.chit.application.access.NotPermitted;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.VersionedRestaurant;

import java.util.Optional;

/**
 * A manager tunes how the restaurant takes orders. Timed settings (a pause, busy mode) are
 * stored as the instants they end at and compared with the clock wherever they matter, so
 * they lift by themselves: nothing has to run when they expire.
 *
 * <p>The restaurant's Stripe account ({@code stripeAccountId}) decides whose bank account the
 * guests' money goes to: only a platform admin sets it. A manager sees it, and may send it back
 * unchanged (a settings form sends what it read), but a manager's change of it is refused (403).
 */
public final class ChangeSettings {

    private final Restaurants restaurants;
    private final Transactions transactions;

    public ChangeSettings(Restaurants restaurants, Transactions transactions) {
        this.restaurants = restaurants;
        this.transactions = transactions;
    }

    /**
     * The row is locked while the change is merged into what is stored, so two managers changing
     * different settings at once both keep theirs; one who names the version they saw
     * ({@code ifAt}) changes nothing if someone changed the restaurant since.
     *
     * @param ifAt the version the caller last saw, if they want the change only on that one
     * @return the restaurant with its new settings and version
     * @throws NotFound      when the caller does not work there
     * @throws dev.chit.application.access.NotPermitted when they do, but not as a manager; or when a
     *                                                  manager who is no admin changes {@code stripeAccountId}
     * @throws StaleSettings when the restaurant is no longer at {@code ifAt}; nothing changes then
     * @throws dev.chit.domain.error.InvalidInput naming every invalid setting; nothing changes then
     */
    public VersionedRestaurant change(Caller caller, RestaurantId restaurantId, SettingsChange change,
                                      Optional<Long> ifAt) {
        caller.requireManagerOf(restaurantId);
        return transactions.inTransaction(() -> {
            VersionedRestaurant stored = restaurants.lockVersioned(restaurantId)
                    .orElseThrow(() -> new NotFound("restaurant", restaurantId));
            if (ifAt.isPresent() && ifAt.get() != stored.version()) {
                throw new StaleSettings(restaurantId, ifAt.get(), stored.version());
            }
            if (change.isEmpty()) {
                return stored;
            }
            Restaurant restaurant = stored.restaurant();
            Restaurant changed = restaurant.withSettings(change.applyTo(restaurant.settings()));
            if (!caller.admin() && !changed.settings().stripeAccountId().equals(restaurant.settings().stripeAccountId())) {
                throw new NotPermitted("only a platform admin may set the restaurant's stripeAccountId");
            }
            restaurants.update(changed);
            return new VersionedRestaurant(changed, stored.version() + 1);
        });
    }
}
