package dev.chit.adapters.web.restaurants;

import dev.chit.adapters.web.restaurants.RestaurantJson.PeriodJson;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.restaurants.NewRestaurant;
import dev.chit.application.restaurants.SettingsChange;
import dev.chit.domain.error.InvalidInput;

import dev.chit.domain.restaurant.TaxMode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A restaurant an admin opens: who it is, and any settings that differ from the defaults, under
 * the same names as in {@link SettingsJson} (and with the same rule about {@code null}).
 */
record NewRestaurantJson(
        String name,
        String currency,
        String timezone,
        String address,
        Boolean acceptingOrders,
        Integer defaultPrepMinutes,
        Integer acceptTimeoutMinutes,
        List<PeriodJson> openingHours,
        Integer taxRateBasisPoints,
        Long minOrder,
        Long deliveryFee,
        Integer serviceFeeBasisPoints,
        Boolean autoAccept,
        Instant pausedUntil,
        Integer busyExtraMinutes,
        Instant busyUntil,
        Integer capacityPerSlot,
        Integer autoPauseAfterMissed,
        Integer dueSoonMinutes,
        Integer lateAfterMinutes,
        TaxMode taxMode,
        List<SettingsJson.RateJson> taxRates,
        String stripeAccountId) {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** @throws InvalidInput listing every missing or invalid field */
    NewRestaurant toCommand(Set<String> named) {
        Violations violations = new Violations();
        Optional<String> checkedName = violations.required(name, "name");
        Optional<Currency> checkedCurrency = violations.required(currency, "currency")
                .flatMap(code -> violations.attempt(() -> currency(code)));
        Optional<ZoneId> checkedZone = violations.required(timezone, "timezone")
                .flatMap(zone -> violations.attempt(() -> zone(zone)));
        SettingsChange settings = new SettingsJson(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes,
                openingHours, taxRateBasisPoints, minOrder, deliveryFee, serviceFeeBasisPoints, autoAccept,
                pausedUntil, busyExtraMinutes, busyUntil, capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes,
                lateAfterMinutes, taxMode, taxRates, stripeAccountId)
                .toChange(named, violations);
        violations.throwIfAny();
        return new NewRestaurant(checkedName.orElseThrow(), Optional.ofNullable(address), checkedCurrency.orElseThrow(),
                checkedZone.orElseThrow(), settings);
    }

    private static Currency currency(String code) {
        try {
            if (CURRENCY_CODE.matcher(code).matches()) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException unknown) {
            // Reported below, like a code of the wrong shape.
        }
        throw new InvalidInput("currency", "invalid-currency", "currency must be an ISO 4217 code such as USD");
    }

    // Region ids only ("Europe/Rome"): a fixed offset would get every daylight-saving change wrong.
    private static ZoneId zone(String id) {
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidInput("timezone", "invalid-timezone",
                    "timezone must be an IANA time zone such as America/New_York");
        }
        return ZoneId.of(id);
    }
}
