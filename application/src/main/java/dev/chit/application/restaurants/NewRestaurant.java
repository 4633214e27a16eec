package dev.chit.application.restaurants;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A restaurant an admin opens on this Chit: who it is, where its clock runs, what it sells in,
 * and whatever settings differ from the defaults ({@code RestaurantSettings.defaults}).
 */
public record NewRestaurant(String name, Optional<String> address, Currency currency, ZoneId timezone,
                            SettingsChange settings) {

    public NewRestaurant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(settings, "settings");
    }
}
