package dev.chit.application.checkout;

import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.kitchen.Kitchen;
import dev.chit.domain.kitchen.KitchenLoad;
import dev.chit.domain.kitchen.PromiseTime;
import dev.chit.domain.port.KitchenLoads;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The times a guest may schedule an order for on one day: the restaurant's 15-minute slots
 * within its opening hours, each available while a new order of the default prep time still
 * fits beside what the kitchen holds, and the time is neither too soon nor too far ahead.
 */
public final class OfferSlots {

    /** One slot of the day, {@code [start, end)}. */
    public record Slot(Instant start, Instant end, boolean available) {
    }

    private final Restaurants restaurants;
    private final KitchenLoads kitchenLoads;
    private final Clock clock;

    public OfferSlots(Restaurants restaurants, KitchenLoads kitchenLoads, Clock clock) {
        this.restaurants = restaurants;
        this.kitchenLoads = kitchenLoads;
        this.clock = clock;
    }

    /**
     * @param date a day in the restaurant's time zone
     * @throws NotFound when there is no such restaurant
     */
    public List<Slot> on(RestaurantId restaurantId, LocalDate date) {
        Restaurant restaurant = restaurants.find(restaurantId).orElseThrow(() -> new NotFound("restaurant", restaurantId));
        Instant now = clock.instant();
        Instant dayStart = date.atStartOfDay(restaurant.timezone()).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(restaurant.timezone()).toInstant();
        PromiseTime promiseTime = new PromiseTime(restaurant.settings());
        KitchenLoad load = kitchenLoads.of(restaurantId);
        Instant soonest = promiseTime.asSoonAsPossible(load, now);
        Instant latest = now.plus(PriceList.MAX_SCHEDULE_AHEAD);
        List<Slot> slots = new ArrayList<>();
        for (Instant start = Kitchen.slotOf(dayStart); start.isBefore(dayEnd); start = start.plus(Kitchen.SLOT)) {
            if (start.isBefore(dayStart) || !restaurant.isOpenAt(start)) {
                continue;
            }
            Instant end = start.plus(Kitchen.SLOT);
            // The earliest time in the slot an order could be promised for.
            Instant earliest = start.isBefore(soonest) ? soonest : start;
            boolean available = restaurant.settings().acceptingOrders()
                    && earliest.isBefore(end)
                    && !earliest.isAfter(latest)
                    && promiseTime.slotHasRoom(load, earliest, now);
            slots.add(new Slot(start, end, available));
        }
        return slots;
    }
}
