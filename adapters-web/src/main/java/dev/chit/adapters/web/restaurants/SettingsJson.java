package dev.chit.adapters.web.restaurants;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.restaurants.RestaurantJson.PeriodJson;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.restaurants.SettingsChange;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxRate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The settings as a client sends them, to change (a PATCH) or to start with (a new restaurant).
 * JSON merge patch: a field left out stays as it is; {@code null} clears a setting that may be
 * empty and is refused for one that may not. Jackson reads "left out" and "null" alike, so
 * which fields the body named is read from its tree ({@link #named}).
 */
record SettingsJson(
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
        List<RateJson> taxRates,
        String stripeAccountId) {

    /** One tax rate as a client names it. */
    record RateJson(String code, Integer basisPoints) {
    }

    /** The names of the fields of a body that was already read strictly. */
    static Set<String> named(JsonNode body) {
        Set<String> names = new HashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The change the body asks for; what is wrong with it goes to {@code violations}. */
    SettingsChange toChange(Set<String> named, Violations violations) {
        Fields fields = new Fields(named, violations);
        fields.value("acceptingOrders", acceptingOrders, SettingsChange::acceptingOrders);
        fields.value("defaultPrepMinutes", defaultPrepMinutes, SettingsChange::defaultPrepMinutes);
        fields.value("acceptTimeoutMinutes", acceptTimeoutMinutes, SettingsChange::acceptTimeoutMinutes);
        fields.emptiable("openingHours", Optional.ofNullable(openingHours).map(p -> hours(p, violations)),
                SettingsChange::openingHours);
        fields.value("taxRateBasisPoints", taxRateBasisPoints, SettingsChange::taxRateBasisPoints);
        fields.value("taxMode", taxMode, SettingsChange::taxMode);
        fields.value("taxRates", Optional.ofNullable(taxRates).map(r -> rates(r, violations)).orElse(null),
                SettingsChange::taxRates);
        fields.value("minOrder", minOrder, SettingsChange::minOrder);
        fields.value("deliveryFee", deliveryFee, SettingsChange::deliveryFee);
        fields.value("serviceFeeBasisPoints", serviceFeeBasisPoints, SettingsChange::serviceFeeBasisPoints);
        fields.value("autoAccept", autoAccept, SettingsChange::autoAccept);
        fields.emptiable("pausedUntil", Optional.ofNullable(pausedUntil), SettingsChange::pausedUntil);
        fields.value("busyExtraMinutes", busyExtraMinutes, SettingsChange::busyExtraMinutes);
        fields.emptiable("busyUntil", Optional.ofNullable(busyUntil), SettingsChange::busyUntil);
        fields.emptiable("capacityPerSlot", Optional.ofNullable(capacityPerSlot), SettingsChange::capacityPerSlot);
        fields.value("autoPauseAfterMissed", autoPauseAfterMissed, SettingsChange::autoPauseAfterMissed);
        fields.value("dueSoonMinutes", dueSoonMinutes, SettingsChange::dueSoonMinutes);
        fields.value("lateAfterMinutes", lateAfterMinutes, SettingsChange::lateAfterMinutes);
        // A platform admin's to set; ChangeSettings refuses a manager's change of it.
        fields.emptiable("stripeAccountId", Optional.ofNullable(stripeAccountId), SettingsChange::stripeAccountId);
        return fields.change;
    }

    private static List<TaxRate> rates(List<RateJson> rates, Violations violations) {
        List<TaxRate> parsed = new ArrayList<>();
        for (int index = 0; index < rates.size(); index++) {
            String at = "taxRates[" + index + "]";
            Optional<RateJson> rate = violations.required(rates.get(index), at);
            if (rate.isEmpty()) {
                continue;
            }
            Optional<String> code = violations.required(rate.get().code(), at + ".code");
            Optional<Integer> basisPoints = violations.required(rate.get().basisPoints(), at + ".basisPoints");
            if (code.isPresent() && basisPoints.isPresent()) {
                violations.attempt(() -> indexed(at, () -> new TaxRate(code.get(), basisPoints.get())))
                        .ifPresent(parsed::add);
            }
        }
        return parsed;
    }

    private static OpeningHours hours(List<PeriodJson> periods, Violations violations) {
        List<OpeningPeriod> parsed = new ArrayList<>();
        for (int index = 0; index < periods.size(); index++) {
            String at = "openingHours[" + index + "]";
            Optional<PeriodJson> period = violations.required(periods.get(index), at);
            if (period.isEmpty()) {
                continue;
            }
            Optional<DayOfWeek> day = violations.required(period.get().day(), at + ".day");
            Optional<String> open = violations.required(period.get().open(), at + ".open");
            Optional<String> close = violations.required(period.get().close(), at + ".close");
            if (day.isPresent() && open.isPresent() && close.isPresent()) {
                violations.attempt(() -> period(at, day.get(), open.get(), close.get())).ifPresent(parsed::add);
            }
        }
        return new OpeningHours(parsed);
    }

    // The domain names "openingHours.open"; the manager needs to know which period, too.
    private static OpeningPeriod period(String at, DayOfWeek day, String open, String close) {
        return indexed(at, () -> OpeningPeriod.of(day, open, close));
    }

    // The domain names a part of one element ("code"); the manager needs to know which element, too.
    private static <T> T indexed(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInput invalid) {
            throw new InvalidInput(invalid.violations().stream()
                    .map(v -> new Violation(at + "." + v.field().substring(v.field().lastIndexOf('.') + 1), v.code(),
                            v.message()))
                    .toList());
        }
    }

    /** Adds to the change the fields the body named. */
    private static final class Fields {
        private final Set<String> named;
        private final Violations violations;
        private SettingsChange change = SettingsChange.none();

        Fields(Set<String> named, Violations violations) {
            this.named = named;
            this.violations = violations;
        }

        <T> void value(String field, T value, BiFunction<SettingsChange, T, SettingsChange> set) {
            if (!named.contains(field)) {
                return;
            }
            if (value == null) {
                violations.add(field, "not-nullable", field + " cannot be null; leave it out to keep it as it is");
            } else {
                change = set.apply(change, value);
            }
        }

        <T> void emptiable(String field, Optional<T> value, BiFunction<SettingsChange, Optional<T>, SettingsChange> set) {
            if (named.contains(field)) {
                change = set.apply(change, value);
            }
        }
    }
}
