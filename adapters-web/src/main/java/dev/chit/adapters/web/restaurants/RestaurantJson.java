package dev.chit.adapters.web.restaurants;

import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantSettings;
import dev.chit.domain.restaurant.StripeAccountId;

import java.time.DayOfWeek;
import dev.chit.domain.restaurant.TaxMode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A restaurant with all its settings, flat, under the names a settings patch uses. Settings
 * that may be empty are written as {@code null}: {@code openingHours} null is always open,
 * {@code pausedUntil} null is not paused, {@code capacityPerSlot} null is no limit.
 * {@code dueSoonMinutes} and {@code lateAfterMinutes} colour the portal board's timers.
 * {@code stripeAccountId} null is the platform's own Stripe account; it is an id, and no key
 * of any kind is ever shown here.
 */
record RestaurantJson(
        UUID id,
        String name,
        String address,
        String currency,
        String timezone,
        boolean acceptingOrders,
        int defaultPrepMinutes,
        int acceptTimeoutMinutes,
        List<PeriodJson> openingHours,
        int taxRateBasisPoints,
        long minOrder,
        long deliveryFee,
        int serviceFeeBasisPoints,
        boolean autoAccept,
        Instant pausedUntil,
        int busyExtraMinutes,
        Instant busyUntil,
        Integer capacityPerSlot,
        int autoPauseAfterMissed,
        int dueSoonMinutes,
        int lateAfterMinutes,
        TaxMode taxMode,
        List<SettingsJson.RateJson> taxRates,
        String stripeAccountId) {

    static RestaurantJson of(Restaurant restaurant) {
        RestaurantSettings s = restaurant.settings();
        return new RestaurantJson(restaurant.id().value(), restaurant.name(), restaurant.address().orElse(null),
                restaurant.currency().getCurrencyCode(), restaurant.timezone().getId(), s.acceptingOrders(),
                s.defaultPrepMinutes(), s.acceptTimeoutMinutes(),
                s.openingHours().map(hours -> hours.periods().stream().map(PeriodJson::of).toList()).orElse(null),
                s.taxRateBasisPoints(), s.minOrder().minorUnits(), s.deliveryFee().minorUnits(),
                s.serviceFeeBasisPoints(), s.autoAccept(), s.pausedUntil().orElse(null), s.busyExtraMinutes(),
                s.busyUntil().orElse(null), s.capacityPerSlot().orElse(null), s.autoPauseAfterMissed(),
                s.dueSoonMinutes(), s.lateAfterMinutes(), s.taxPolicy().mode(),
                s.taxPolicy().rates().stream().map(rate -> new SettingsJson.RateJson(rate.code(), rate.basisPoints()))
                        .toList(),
                s.stripeAccountId().map(StripeAccountId::value).orElse(null));
    }

    /** One stretch of opening in the restaurant's time zone; {@code close} may be "24:00". */
    record PeriodJson(DayOfWeek day, String open, String close) {

        static PeriodJson of(OpeningPeriod period) {
            return new PeriodJson(period.day(), period.open(), period.close());
        }
    }

    /** A page of restaurants, and where the next one starts ({@code null}: this is the last). */
    record PageJson(List<RestaurantJson> items, String nextCursor) {
    }
}
