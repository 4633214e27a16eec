package dev.chit.application.menu;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.SupplyChange;
import dev.chit.domain.port.Portions;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.RestaurantId;

/**
 * Staff sell an item out (until a time, or until they say so), bring it back, or count its
 * portions (API.md: {@code PATCH .../menu/items/{itemId}}). The restaurant's menu version is
 * raised with the change, so every screen and guest hears of it.
 */
public final class ChangeItemSupply {

    private static final System.Logger LOG = System.getLogger(ChangeItemSupply.class.getName());

    private final Portions portions;
    private final Transactions transactions;

    public ChangeItemSupply(Portions portions, Transactions transactions) {
        this.portions = portions;
        this.transactions = transactions;
    }

    /**
     * @throws dev.chit.application.access.NotPermitted unless the caller works at the restaurant
     * @throws NotFound when the restaurant has no such item
     */
    public void change(Caller caller, RestaurantId restaurantId, MenuItemId itemId, SupplyChange change) {
        caller.requireStaffOf(restaurantId);
        if (!transactions.inTransaction(() -> portions.change(restaurantId, itemId, change))) {
            throw new NotFound("menu item", itemId);
        }
        LOG.log(System.Logger.Level.INFO, "event=item-supply-changed restaurantId={0} itemId={1} available={2}"
                        + " availableAgainAt={3} stock={4}", restaurantId, itemId,
                change.available().map(String::valueOf).orElse("unchanged"),
                change.availableAgainAt().map(at -> at.map(String::valueOf).orElse("none")).orElse("unchanged"),
                change.stock().map(stock -> stock.isPresent() ? String.valueOf(stock.getAsInt()) : "uncounted")
                        .orElse("unchanged"));
    }
}
