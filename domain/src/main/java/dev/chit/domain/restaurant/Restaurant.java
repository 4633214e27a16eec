package dev.chit.domain.restaurant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.multilineText;
import static dev.chit.domain.error.Checks.text;

/**
 * A restaurant: who it is, where its clock runs, which currency it sells in, and how it
 * takes orders. Currency and time zone are fixed at creation: orders already priced and
 * reported would otherwise change meaning.
 */
public record Restaurant(
        RestaurantId id,
        String name,
        Optional<String> address,
        Currency currency,
        ZoneId timezone,
        RestaurantSettings settings) {

    public Restaurant {
        Objects.requireNonNull(id, "id");
        name = text(name, "name", 200);
        address = Objects.requireNonNull(address, "address").map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> multilineText(a, "address", 500));
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(settings, "settings");
        if (!settings.minOrder().currency().equals(currency) || !settings.deliveryFee().currency().equals(currency)) {
            throw new IllegalArgumentException("settings must be in the restaurant's currency " + currency);
        }
    }

    /**
     * The restaurant's country (ISO 3166-1 alpha-2), read from the end of its address ("...,
     * USA", "..., United Kingdom"): what a delivery address without a country is taken to be in.
     */
    public Optional<String> country() {
        return address.flatMap(Countries::endingAddress);
    }

    /** Whether the opening hours cover {@code at}; pauses and the on/off switch aside. */
    public boolean isOpenAt(Instant at) {
        return settings.openingHours().map(hours -> hours.isOpenAt(at.atZone(timezone))).orElse(true);
    }

    /** Whether the restaurant would take an order now, for now or for {@code wantedAt}. */
    public boolean isTakingOrders(Instant now, Instant wantedAt) {
        return settings.acceptingOrders() && !settings.isPausedAt(now) && isOpenAt(wantedAt);
    }

    public Restaurant withSettings(RestaurantSettings newSettings) {
        return new Restaurant(id, name, address, currency, timezone, newSettings);
    }
}
