package dev.chit.application.orders;

import dev.chit.domain.error.Conflict;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.MissedOrders;
import dev.chit.domain.port.RestaurantAlerts;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The accept timeout: an order left PLACED for the restaurant's {@code acceptTimeoutMinutes} is
 * rejected by the system, through {@link TransitionOrder} like any reject (so its payment is
 * voided). After {@code autoPauseAfterMissed} missed orders in a row the restaurant pauses itself
 * for {@link RestaurantSettings#PAUSE_AFTER_MISSED} and its managers are alerted.
 *
 * <p>Safe with several instances sweeping at once: the reject is an optimistic-locked move from
 * PLACED, so only one sweep wins each order (the others see a stale or already-moved order and
 * skip it), and only the winner counts the miss.
 */
public final class RejectUnaccepted {

    public static final String REASON = "not accepted in time";
    static final int BATCH = 100;

    private static final System.Logger LOG = System.getLogger(RejectUnaccepted.class.getName());

    private final Restaurants restaurants;
    private final MissedOrders missedOrders;
    private final TransitionOrder transitionOrder;
    private final RestaurantAlerts alerts;
    private final Transactions transactions;
    private final Clock clock;

    public RejectUnaccepted(Restaurants restaurants, MissedOrders missedOrders, TransitionOrder transitionOrder,
                            RestaurantAlerts alerts, Transactions transactions, Clock clock) {
        this.restaurants = restaurants;
        this.missedOrders = missedOrders;
        this.transitionOrder = transitionOrder;
        this.alerts = alerts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many orders this sweep rejected */
    public int sweep() {
        int rejected = 0;
        for (Restaurant restaurant : restaurants.all()) {
            Instant now = clock.instant();
            Instant cutoff = now.minus(Duration.ofMinutes(restaurant.settings().acceptTimeoutMinutes()));
            for (OrderId orderId : missedOrders.waitingSince(restaurant.id(), cutoff, BATCH)) {
                if (reject(orderId)) {
                    rejected++;
                    countMiss(restaurant, now);
                }
            }
        }
        return rejected;
    }

    private boolean reject(OrderId orderId) {
        try {
            transitionOrder.transition(orderId, TransitionRequest.to(OrderStatus.REJECTED).withReason(REASON),
                    Actor.system(), restaurant -> true, Optional.empty());
            LOG.log(Level.INFO, "event=order-not-accepted-in-time orderId={0}", orderId);
            return true;
        } catch (Conflict | NotFound movedMeanwhile) {
            // Accepted, cancelled, or rejected by another instance's sweep since it was listed.
            return false;
        }
    }

    private void countMiss(Restaurant listed, Instant now) {
        transactions.inTransaction(() -> {
            int missed = missedOrders.recordMiss(listed.id(), now);
            Restaurant restaurant = restaurants.find(listed.id()).orElse(listed);
            if (restaurant.settings().shouldPauseAfter(missed)) {
                Instant until = now.plus(RestaurantSettings.PAUSE_AFTER_MISSED);
                restaurants.update(restaurant.withSettings(restaurant.settings().pausedUntil(until)));
                missedOrders.forgetMisses(restaurant.id());
                alerts.pausedForMissedOrders(restaurant.id(), missed, until);
                LOG.log(Level.WARNING, "event=restaurant-auto-paused restaurantId={0} missedInARow={1} until={2}",
                        restaurant.id(), missed, until);
            }
            return null;
        });
    }
}
