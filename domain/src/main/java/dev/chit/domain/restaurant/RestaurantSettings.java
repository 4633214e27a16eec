package dev.chit.domain.restaurant;

import dev.chit.domain.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.inRange;

/**
 * What a manager tunes about how the restaurant takes orders. Amounts are in the restaurant's
 * currency; rates are in basis points (825 = 8.25 %).
 *
 * @param pausedUntil       a timed pause that lifts by itself
 * @param busyExtraMinutes  added to every promise while {@code busyUntil} is in the future
 * @param capacityPerSlot   prep-minutes of work the kitchen takes per 15-minute slot; empty
 *                          means unlimited
 * @param dueSoonMinutes    how long before its promised time an order shows as due soon on
 *                          the board (1..120)
 * @param lateAfterMinutes  how long after its promised time an order shows as late (0..120):
 *                          the board's two timer thresholds, the kitchen's to set
 * @param taxPolicy         the tax mode and rates; its standard rate is {@code taxRateBasisPoints}
 * @param stripeAccountId   the restaurant's own Stripe account its guests pay into (set by a
 *                          platform admin); empty: the platform's own account
 */
public record RestaurantSettings(
        boolean acceptingOrders,
        int defaultPrepMinutes,
        int acceptTimeoutMinutes,
        Optional<OpeningHours> openingHours,
        int taxRateBasisPoints,
        Money minOrder,
        Money deliveryFee,
        int serviceFeeBasisPoints,
        boolean autoAccept,
        Optional<Instant> pausedUntil,
        int busyExtraMinutes,
        Optional<Instant> busyUntil,
        Optional<Integer> capacityPerSlot,
        int autoPauseAfterMissed,
        int dueSoonMinutes,
        int lateAfterMinutes,
        TaxPolicy taxPolicy,
        Optional<StripeAccountId> stripeAccountId) {

    /** The board's thresholds a new restaurant starts with: amber 5 minutes before the promise, red once past it. */
    public static final int DEFAULT_DUE_SOON_MINUTES = 5;
    public static final int DEFAULT_LATE_AFTER_MINUTES = 0;

    public RestaurantSettings {
        inRange(defaultPrepMinutes, 1, 240, "defaultPrepMinutes");
        inRange(acceptTimeoutMinutes, 1, 24 * 60, "acceptTimeoutMinutes");
        Objects.requireNonNull(openingHours, "openingHours");
        inRange(taxRateBasisPoints, 0, 10_000, "taxRateBasisPoints");
        inRange(serviceFeeBasisPoints, 0, 10_000, "serviceFeeBasisPoints");
        Objects.requireNonNull(minOrder, "minOrder");
        Objects.requireNonNull(deliveryFee, "deliveryFee");
        if (minOrder.isNegative() || deliveryFee.isNegative()) {
            throw new dev.chit.domain.error.InvalidInput(
                    minOrder.isNegative() ? "minOrder" : "deliveryFee", "negative", "amounts must not be negative");
        }
        Objects.requireNonNull(pausedUntil, "pausedUntil");
        inRange(busyExtraMinutes, 0, 240, "busyExtraMinutes");
        Objects.requireNonNull(busyUntil, "busyUntil");
        Objects.requireNonNull(capacityPerSlot, "capacityPerSlot");
        capacityPerSlot.ifPresent(capacity -> inRange(capacity, 1, 100_000, "capacityPerSlot"));
        inRange(autoPauseAfterMissed, 1, 100, "autoPauseAfterMissed");
        inRange(dueSoonMinutes, 1, 120, "dueSoonMinutes");
        inRange(lateAfterMinutes, 0, 120, "lateAfterMinutes");
        Objects.requireNonNull(taxPolicy, "taxPolicy");
        if (taxPolicy.standard().basisPoints() != taxRateBasisPoints) {
            throw new IllegalArgumentException("taxRateBasisPoints " + taxRateBasisPoints
                    + " is not the standard rate of " + taxPolicy);
        }
        Objects.requireNonNull(stripeAccountId, "stripeAccountId");
    }

    /** Settings paid into the platform's own account. */
    public RestaurantSettings(boolean acceptingOrders, int defaultPrepMinutes, int acceptTimeoutMinutes,
            Optional<OpeningHours> openingHours, int taxRateBasisPoints, Money minOrder, Money deliveryFee,
            int serviceFeeBasisPoints, boolean autoAccept, Optional<Instant> pausedUntil, int busyExtraMinutes,
            Optional<Instant> busyUntil, Optional<Integer> capacityPerSlot, int autoPauseAfterMissed,
            int dueSoonMinutes, int lateAfterMinutes, TaxPolicy taxPolicy) {
        this(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours, taxRateBasisPoints, minOrder,
                deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil, busyExtraMinutes, busyUntil,
                capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes, lateAfterMinutes, taxPolicy, Optional.empty());
    }

    /** Settings taxed at one rate added on top of the prices. */
    public RestaurantSettings(boolean acceptingOrders, int defaultPrepMinutes, int acceptTimeoutMinutes,
            Optional<OpeningHours> openingHours, int taxRateBasisPoints, Money minOrder, Money deliveryFee,
            int serviceFeeBasisPoints, boolean autoAccept, Optional<Instant> pausedUntil, int busyExtraMinutes,
            Optional<Instant> busyUntil, Optional<Integer> capacityPerSlot, int autoPauseAfterMissed,
            int dueSoonMinutes, int lateAfterMinutes) {
        this(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours, taxRateBasisPoints, minOrder,
                deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil, busyExtraMinutes, busyUntil,
                capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes, lateAfterMinutes,
                TaxPolicy.exclusive(inRange(taxRateBasisPoints, 0, 10_000, "taxRateBasisPoints")));
    }

    /** These settings taxed by {@code policy} ({@code taxRateBasisPoints} follows its standard rate). */
    public RestaurantSettings withTaxPolicy(TaxPolicy policy) {
        return new RestaurantSettings(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours,
                policy.standard().basisPoints(), minOrder, deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil,
                busyExtraMinutes, busyUntil, capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes, lateAfterMinutes,
                policy, stripeAccountId);
    }

    /** Settings with the board's default timer thresholds. */
    public RestaurantSettings(boolean acceptingOrders, int defaultPrepMinutes, int acceptTimeoutMinutes,
            Optional<OpeningHours> openingHours, int taxRateBasisPoints, Money minOrder, Money deliveryFee,
            int serviceFeeBasisPoints, boolean autoAccept, Optional<Instant> pausedUntil, int busyExtraMinutes,
            Optional<Instant> busyUntil, Optional<Integer> capacityPerSlot, int autoPauseAfterMissed) {
        this(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours, taxRateBasisPoints, minOrder,
                deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil, busyExtraMinutes, busyUntil,
                capacityPerSlot, autoPauseAfterMissed, DEFAULT_DUE_SOON_MINUTES, DEFAULT_LATE_AFTER_MINUTES);
    }

    /** These settings with the board's timer thresholds set. */
    public RestaurantSettings withBoardTimers(int dueSoon, int lateAfter) {
        return new RestaurantSettings(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours,
                taxRateBasisPoints, minOrder, deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil,
                busyExtraMinutes, busyUntil, capacityPerSlot, autoPauseAfterMissed, dueSoon, lateAfter, taxPolicy,
                stripeAccountId);
    }

    /** These settings paid into {@code account} (empty: the platform's own). */
    public RestaurantSettings withStripeAccountId(Optional<StripeAccountId> account) {
        return new RestaurantSettings(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours,
                taxRateBasisPoints, minOrder, deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil,
                busyExtraMinutes, busyUntil, capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes, lateAfterMinutes,
                taxPolicy, account);
    }

    /** Sensible settings for a new restaurant: open, always, no tax or fees until set. */
    public static RestaurantSettings defaults(java.util.Currency currency) {
        return new RestaurantSettings(true, 20, 10, Optional.empty(), 0,
                Money.zero(currency), Money.zero(currency), 0, false,
                Optional.empty(), 0, Optional.empty(), Optional.empty(), 3);
    }

    /** How long a restaurant pauses itself after {@code autoPauseAfterMissed} missed orders in a row. */
    public static final Duration PAUSE_AFTER_MISSED = Duration.ofMinutes(30);

    /** Whether {@code missedInARow} orders missed one after another should pause the restaurant. */
    public boolean shouldPauseAfter(int missedInARow) {
        return missedInARow >= autoPauseAfterMissed;
    }

    /** These settings paused until {@code until}. */
    public RestaurantSettings pausedUntil(Instant until) {
        return new RestaurantSettings(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours,
                taxRateBasisPoints, minOrder, deliveryFee, serviceFeeBasisPoints, autoAccept, Optional.of(until),
                busyExtraMinutes, busyUntil, capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes, lateAfterMinutes,
                taxPolicy, stripeAccountId);
    }

    public boolean isPausedAt(Instant at) {
        return pausedUntil.map(at::isBefore).orElse(false);
    }

    /**
     * The prep time promised for an order taken at {@code at} when nobody says otherwise: the
     * default, plus busy mode's extra while it lasts. Quotes and accepts promise alike.
     */
    public Duration prepTimeAt(Instant at) {
        return Duration.ofMinutes(defaultPrepMinutes).plus(busyExtraAt(at));
    }

    /** The extra time busy mode adds to promises at {@code at}; zero once busy mode expired. */
    public Duration busyExtraAt(Instant at) {
        boolean busy = busyUntil.map(at::isBefore).orElse(false);
        return busy ? Duration.ofMinutes(busyExtraMinutes) : Duration.ZERO;
    }
}
