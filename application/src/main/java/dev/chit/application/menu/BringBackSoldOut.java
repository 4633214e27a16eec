package dev.chit.application.menu;

import dev.chit.domain.port.Portions;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.util.List;

/**
 * The job that brings items sold out until a time back when that time comes. Safe on several
 * instances: bringing back is a conditional update, so each item comes back once.
 */
public final class BringBackSoldOut {

    private static final System.Logger LOG = System.getLogger(BringBackSoldOut.class.getName());

    private final Portions portions;
    private final Clock clock;

    public BringBackSoldOut(Portions portions, Clock clock) {
        this.portions = portions;
        this.clock = clock;
    }

    /** @return how many restaurants' menus this run changed */
    public int bringBackDue() {
        List<RestaurantId> changed = portions.bringBack(clock.instant());
        changed.forEach(restaurantId -> LOG.log(System.Logger.Level.INFO,
                "event=sold-out-items-back restaurantId={0}", restaurantId));
        return changed.size();
    }
}
