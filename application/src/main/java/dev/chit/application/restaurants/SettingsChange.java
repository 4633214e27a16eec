package dev.chit.application.restaurants;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.RestaurantSettings;
import dev.chit.domain.restaurant.StripeAccountId;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.chit.domain.error.Checks.inRange;

/**
 * Settings a manager changes, and only those: what is not named stays as it is (JSON merge
 * patch). A setting that may be empty (opening hours, a pause, busy mode's end, capacity) is
 * cleared by setting it to {@code Optional.empty()}. Amounts are minor units of the
 * restaurant's currency.
 *
 * <p>The values are checked by {@link RestaurantSettings} itself, one at a time, so that a
 * manager hears of every invalid setting at once, each by its name.
 */
public final class SettingsChange {

    private final Map<String, Consumer<Draft>> edits;

    private SettingsChange(Map<String, Consumer<Draft>> edits) {
        this.edits = edits;
    }

    public static SettingsChange none() {
        return new SettingsChange(Map.of());
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public SettingsChange acceptingOrders(boolean value) {
        return with("acceptingOrders", draft -> draft.acceptingOrders = value);
    }

    public SettingsChange defaultPrepMinutes(int value) {
        return with("defaultPrepMinutes", draft -> draft.defaultPrepMinutes = value);
    }

    public SettingsChange acceptTimeoutMinutes(int value) {
        return with("acceptTimeoutMinutes", draft -> draft.acceptTimeoutMinutes = value);
    }

    /** Empty: always open. */
    public SettingsChange openingHours(Optional<OpeningHours> value) {
        return with("openingHours", draft -> draft.openingHours = value);
    }

    public SettingsChange taxRateBasisPoints(int value) {
        return with("taxRateBasisPoints", draft -> draft.taxRateBasisPoints = value);
    }

    public SettingsChange taxMode(TaxMode value) {
        return with("taxMode", draft -> draft.taxPolicy = draft.taxPolicy.withMode(value));
    }

    /** All the rates, the standard one first; it replaces {@code taxRateBasisPoints} when both are named. */
    public SettingsChange taxRates(List<TaxRate> value) {
        return with("taxRates", draft -> {
            draft.taxRates = Optional.of(value);
            draft.taxRateBasisPoints = value.isEmpty() ? draft.taxRateBasisPoints : value.getFirst().basisPoints();
        });
    }

    public SettingsChange minOrder(long minorUnits) {
        return with("minOrder", draft -> draft.minOrder = Money.of(minorUnits, draft.currency));
    }

    public SettingsChange deliveryFee(long minorUnits) {
        return with("deliveryFee", draft -> draft.deliveryFee = Money.of(minorUnits, draft.currency));
    }

    public SettingsChange serviceFeeBasisPoints(int value) {
        return with("serviceFeeBasisPoints", draft -> draft.serviceFeeBasisPoints = value);
    }

    public SettingsChange autoAccept(boolean value) {
        return with("autoAccept", draft -> draft.autoAccept = value);
    }

    /** Empty: not paused. A time already past is allowed and means the same. */
    public SettingsChange pausedUntil(Optional<Instant> value) {
        return with("pausedUntil", draft -> draft.pausedUntil = value);
    }

    public SettingsChange busyExtraMinutes(int value) {
        return with("busyExtraMinutes", draft -> draft.busyExtraMinutes = value);
    }

    /** Empty: busy mode off, whatever {@code busyExtraMinutes} says. */
    public SettingsChange busyUntil(Optional<Instant> value) {
        return with("busyUntil", draft -> draft.busyUntil = value);
    }

    /** Empty: the kitchen takes any amount of work. */
    public SettingsChange capacityPerSlot(Optional<Integer> value) {
        return with("capacityPerSlot", draft -> draft.capacityPerSlot = value);
    }

    public SettingsChange autoPauseAfterMissed(int value) {
        return with("autoPauseAfterMissed", draft -> draft.autoPauseAfterMissed = value);
    }

    /** Minutes before its promised time an order shows as due soon on the board. */
    public SettingsChange dueSoonMinutes(int value) {
        return with("dueSoonMinutes", draft -> draft.dueSoonMinutes = value);
    }

    /** Minutes after its promised time an order shows as late on the board. */
    public SettingsChange lateAfterMinutes(int value) {
        return with("lateAfterMinutes", draft -> draft.lateAfterMinutes = value);
    }

    /**
     * The restaurant's connected Stripe account ({@code acct_...}); empty: the platform's own.
     * A platform admin's to set ({@link ChangeSettings}); checked here, so that a malformed id
     * is refused by its name.
     */
    public SettingsChange stripeAccountId(Optional<String> value) {
        return with(StripeAccountId.FIELD, draft -> draft.stripeAccountId = value.map(StripeAccountId::new));
    }

    /**
     * The settings after this change.
     *
     * @throws InvalidInput naming every setting whose new value is not allowed
     */
    public RestaurantSettings applyTo(RestaurantSettings current) {
        // Each edit on its own first: the current settings are valid, so whatever fails is that edit's.
        List<Violation> violations = new ArrayList<>();
        for (Consumer<Draft> edit : edits.values()) {
            try {
                Draft alone = new Draft(current);
                edit.accept(alone);
                alone.build();
            } catch (InvalidInput invalid) {
                violations.addAll(invalid.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Draft all = new Draft(current);
        edits.values().forEach(edit -> edit.accept(all));
        return all.build();
    }

    private SettingsChange with(String setting, Consumer<Draft> edit) {
        Map<String, Consumer<Draft>> more = new LinkedHashMap<>(edits);
        more.put(setting, edit);
        return new SettingsChange(more);
    }

    /** The settings as they are being edited; {@link RestaurantSettings} checks them on {@link #build}. */
    private static final class Draft {
        final Currency currency;
        boolean acceptingOrders;
        int defaultPrepMinutes;
        int acceptTimeoutMinutes;
        Optional<OpeningHours> openingHours;
        int taxRateBasisPoints;
        Money minOrder;
        Money deliveryFee;
        int serviceFeeBasisPoints;
        boolean autoAccept;
        Optional<Instant> pausedUntil;
        int busyExtraMinutes;
        Optional<Instant> busyUntil;
        Optional<Integer> capacityPerSlot;
        int autoPauseAfterMissed;
        int dueSoonMinutes;
        int lateAfterMinutes;
        TaxPolicy taxPolicy;
        Optional<List<TaxRate>> taxRates = Optional.empty();
        Optional<StripeAccountId> stripeAccountId;

        Draft(RestaurantSettings settings) {
            currency = settings.minOrder().currency();
            acceptingOrders = settings.acceptingOrders();
            defaultPrepMinutes = settings.defaultPrepMinutes();
            acceptTimeoutMinutes = settings.acceptTimeoutMinutes();
            openingHours = settings.openingHours();
            taxRateBasisPoints = settings.taxRateBasisPoints();
            minOrder = settings.minOrder();
            deliveryFee = settings.deliveryFee();
            serviceFeeBasisPoints = settings.serviceFeeBasisPoints();
            autoAccept = settings.autoAccept();
            pausedUntil = settings.pausedUntil();
            busyExtraMinutes = settings.busyExtraMinutes();
            busyUntil = settings.busyUntil();
            capacityPerSlot = settings.capacityPerSlot();
            autoPauseAfterMissed = settings.autoPauseAfterMissed();
            dueSoonMinutes = settings.dueSoonMinutes();
            lateAfterMinutes = settings.lateAfterMinutes();
            taxPolicy = settings.taxPolicy();
            stripeAccountId = settings.stripeAccountId();
        }

        RestaurantSettings build() {
            inRange(taxRateBasisPoints, 0, 10_000, "taxRateBasisPoints");
            TaxPolicy policy = taxRates.map(taxPolicy::withRates).orElse(taxPolicy)
                    .withStandardBasisPoints(taxRateBasisPoints);
            return new RestaurantSettings(acceptingOrders, defaultPrepMinutes, acceptTimeoutMinutes, openingHours,
                    taxRateBasisPoints, minOrder, deliveryFee, serviceFeeBasisPoints, autoAccept, pausedUntil,
                    busyExtraMinutes, busyUntil, capacityPerSlot, autoPauseAfterMissed, dueSoonMinutes,
                    lateAfterMinutes, policy, stripeAccountId);
        }
    }
}
