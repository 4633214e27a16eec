package dev.chit.application.live;

import dev.chit.domain.order.OrderEvent.OrderDue;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.ScheduledOrders;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The job that fires scheduled orders to the kitchen: when an order's time less the prep time
 * (busy mode's extra included, the same rule as the REST board's) has come, its board hears of
 * it as an {@code order.updated} event. Safe on several instances: firing is conditional, so
 * exactly one fires each order, and only that one publishes the event.
 */
public final class FireScheduledOrders {

    /** Further ahead than this no prep time reaches: orders scheduled later are not looked at yet. */
    private static final Duration LOOK_AHEAD = Duration.ofHours(12);
    private static final int BATCH = 500;

    private final ScheduledOrders scheduled;
    private final Restaurants restaurants;
    private final OrderEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public FireScheduledOrders(ScheduledOrders scheduled, Restaurants restaurants, OrderEventPublisher events,
                               Transactions transactions, Clock clock) {
        this.scheduled = scheduled;
        this.restaurants = restaurants;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many orders this run fired */
    public int fireDue() {
        Instant now = clock.instant();
        Map<RestaurantId, Optional<Restaurant>> read = new HashMap<>();
        int fired = 0;
        for (var waiting : scheduled.waitingUntil(now.plus(LOOK_AHEAD), BATCH)) {
            Optional<Duration> prep = read.computeIfAbsent(waiting.restaurantId(), restaurants::find)
                    .map(restaurant -> restaurant.settings().prepTimeAt(now));
            if (prep.isEmpty() || waiting.scheduledFor().isAfter(now.plus(prep.get()))) {
                continue;
            }
            boolean firedNow = transactions.inTransaction(() -> {
                if (!scheduled.fire(waiting.orderId(), now)) {
                    return false;
                }
                events.publish(new OrderDue(waiting.orderId(), waiting.restaurantId(), now));
                return true;
            });
            fired += firedNow ? 1 : 0;
        }
        return fired;
    }
}
