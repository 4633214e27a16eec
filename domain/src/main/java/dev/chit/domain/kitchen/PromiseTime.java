package dev.chit.domain.kitchen;

import dev.chit.domain.restaurant.RestaurantSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a new order can be promised, given the restaurant's settings and what its kitchen already
 * holds. Quotes, placing and accepting promise alike, so an accept never promises sooner than
 * the guest was told.
 */
public final class PromiseTime {

    private final RestaurantSettings settings;
    private final Kitchen kitchen;

    public PromiseTime(RestaurantSettings settings) {
        this.settings = settings;
        this.kitchen = new Kitchen(settings.capacityPerSlot(), newOrderWork());
    }

    /** The work a new order brings: the default prep time (busy mode makes waits longer, not work). */
    public Duration newOrderWork() {
        return Duration.ofMinutes(settings.defaultPrepMinutes());
    }

    /**
     * The promise for an order taken at {@code now}: not before its prep time (busy mode's extra
     * included) has passed, and then at the first moment the kitchen has room for it.
     */
    public Instant asSoonAsPossible(KitchenLoad load, Instant now) {
        return kitchen.promise(load, now.plus(settings.prepTimeAt(now)), newOrderWork(), now);
    }

    /**
     * The prep time to promise on accept when staff give none: from now to the promise, rounded
     * up to whole minutes (prep times are given in minutes).
     */
    public Duration prepTimeOnAccept(KitchenLoad load, Instant now) {
        long seconds = Duration.between(now, asSoonAsPossible(load, now)).toSeconds();
        return Duration.ofMinutes(Math.ceilDiv(seconds, 60));
    }

    /** Whether the slot {@code wantedAt} falls in can still take a new order. */
    public boolean slotHasRoom(KitchenLoad load, Instant wantedAt, Instant now) {
        return kitchen.hasRoom(load, wantedAt, newOrderWork(), now);
    }

    /**
     * The promise for a cart wanted at {@code scheduledFor} (or as soon as possible): a scheduled
     * time later than the soonest possible promise is kept as asked.
     */
    public Instant forCart(KitchenLoad load, Optional<Instant> scheduledFor, Instant now) {
        Instant soonest = asSoonAsPossible(load, now);
        return scheduledFor.filter(soonest::isBefore).orElse(soonest);
    }
}
