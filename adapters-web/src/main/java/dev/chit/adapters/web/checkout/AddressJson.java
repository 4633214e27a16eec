package dev.chit.adapters.web.checkout;

import dev.chit.adapters.web.support.Violations;
import dev.chit.domain.checkout.DeliveryAddress;

import java.util.Optional;

/**
 * A delivery address as the API shows and takes it (API.md "Checkout"); {@code null} is an absent
 * part. The domain checks the parts, every one of them at once.
 */
public record AddressJson(String line1, String line2, String city, String region, String postalCode,
                          String country, String instructions) {

    public static AddressJson of(DeliveryAddress address) {
        return new AddressJson(address.line1(), address.line2().orElse(null), address.city().orElse(null),
                address.region().orElse(null), address.postalCode().orElse(null), address.country().orElse(null),
                address.instructions().orElse(null));
    }

    Optional<DeliveryAddress> toAddress(Violations violations) {
        return violations.attempt(() -> DeliveryAddress.given(line1, Optional.ofNullable(line2),
                Optional.ofNullable(city), Optional.ofNullable(region), Optional.ofNullable(postalCode),
                Optional.ofNullable(country), Optional.ofNullable(instructions)));
    }
}
