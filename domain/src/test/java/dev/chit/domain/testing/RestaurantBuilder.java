package dev.chit.domain.testing;

import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A restaurant for tests: open around the clock, taking orders, in US dollars and UTC, with no
 * tax, fees or minimum until a test asks for them.
 */
public final class RestaurantBuilder {

    public static final RestaurantId RESTAURANT_ID =
            new RestaurantId(UUID.fromString("01900000-0000-7000-8000-000000000001"));
    public static final Currency USD = Currency.getInstance("USD");

    private RestaurantId id = RESTAURANT_ID;
    private String name = "Chez Chit";
    private Currency currency = USD;
    private ZoneId timezone = ZoneId.of("UTC");
    private Optional<String> address = Optional.of("1 Pass Street");
    private boolean acceptingOrders = true;
    private int defaultPrepMinutes = 20;
    private Optional<OpeningHours> openingHours = Optional.empty();
    private int taxRateBasisPoints;
    private long minOrder;
    private long deliveryFee;
    private int serviceFeeBasisPoints;
    private Optional<Instant> pausedUntil = Optional.empty();
    private int busyExtraMinutes;
    private Optional<Instant> busyUntil = Optional.empty();

    private RestaurantBuilder() {
    }

    private Optional<dev.chit.domain.restaurant.TaxPolicy> taxPolicy = Optional.empty();

    public static RestaurantBuilder aRestaurant() {
        return new RestaurantBuilder();
    }

    public RestaurantBuilder withId(RestaurantId newId) {
        this.id = newId;
        return this;
    }

    public RestaurantBuilder at(String newAddress) {
        this.address = Optional.of(newAddress);
        return this;
    }

    public RestaurantBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    public RestaurantBuilder inCurrency(String currencyCode) {
        this.currency = Currency.getInstance(currencyCode);
        return this;
    }

    public RestaurantBuilder inZone(String zone) {
        this.timezone = ZoneId.of(zone);
        return this;
    }

    public RestaurantBuilder switchedOff() {
        this.acceptingOrders = false;
        return this;
    }

    public RestaurantBuilder defaultPrepMinutes(int minutes) {
        this.defaultPrepMinutes = minutes;
        return this;
    }

    public RestaurantBuilder openingHours(OpeningPeriod... periods) {
        this.openingHours = Optional.of(new OpeningHours(List.of(periods)));
        return this;
    }

    public RestaurantBuilder taxRate(int basisPoints) {
        this.taxRateBasisPoints = basisPoints;
        return this;
    }

    /** Taxed by {@code policy}; its standard rate replaces {@link #taxRate}. */
    public RestaurantBuilder taxPolicy(dev.chit.domain.restaurant.TaxPolicy policy) {
        this.taxPolicy = Optional.of(policy);
        return this;
    }

    public RestaurantBuilder serviceFee(int basisPoints) {
        this.serviceFeeBasisPoints = basisPoints;
        return this;
    }

    public RestaurantBuilder minOrder(long minorUnits) {
        this.minOrder = minorUnits;
        return this;
    }

    public RestaurantBuilder deliveryFee(long minorUnits) {
        this.deliveryFee = minorUnits;
        return this;
    }

    public RestaurantBuilder pausedUntil(Instant until) {
        this.pausedUntil = Optional.of(until);
        return this;
    }

    public RestaurantBuilder busy(int extraMinutes, Instant until) {
        this.busyExtraMinutes = extraMinutes;
        this.busyUntil = Optional.of(until);
        return this;
    }

    public RestaurantSettings settings() {
        RestaurantSettings settings = new RestaurantSettings(acceptingOrders, defaultPrepMinutes, 10, openingHours,
                taxRateBasisPoints, Money.of(minOrder, currency), Money.of(deliveryFee, currency),
                serviceFeeBasisPoints, false, pausedUntil, busyExtraMinutes, busyUntil, Optional.empty(), 3);
        return taxPolicy.map(settings::withTaxPolicy).orElse(settings);
    }

    public Restaurant build() {
        return new Restaurant(id, name, address, currency, timezone, settings());
    }
}
