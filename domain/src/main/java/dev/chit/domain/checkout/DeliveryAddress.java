package dev.chit.domain.checkout;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.Countries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.chit.domain.error.Checks.multilineText;
import static dev.chit.domain.error.Checks.text;

/**
 * Where a delivery goes, in the parts a driver and a map need. {@code country} is ISO 3166-1
 * alpha-2; {@code instructions} are for the driver ("ring twice").
 *
 * <p>Every part given is checked here, and every mistake is reported at once, each naming
 * {@code fulfillment.address.<part>}. {@code city} and {@code postalCode} may be absent only on
 * addresses recorded before Chit took addresses in parts (their whole text is {@code line1});
 * a new delivery needs them, which {@link PriceList} checks together with the rest of the cart,
 * and it fills in the restaurant's country when the guest gives none.
 */
public record DeliveryAddress(
        String line1,
        Optional<String> line2,
        Optional<String> city,
        Optional<String> region,
        Optional<String> postalCode,
        Optional<String> country,
        Optional<String> instructions) {

    public static final String FIELD = "fulfillment.address";

    private static final List<String> PARTS = Stream.of("line1", "line2", "city", "region", "postalCode", "country",
            "instructions").map(part -> FIELD + "." + part).toList();

    public DeliveryAddress {
        List<Violation> violations = new ArrayList<>();
        String street = line1;
        line1 = part(violations, () -> text(street, FIELD + ".line1", 500));
        line2 = optionalPart(violations, line2, "line2", value -> text(value, FIELD + ".line2", 200));
        city = optionalPart(violations, city, "city", value -> text(value, FIELD + ".city", 100));
        region = optionalPart(violations, region, "region", value -> text(value, FIELD + ".region", 100));
        postalCode = optionalPart(violations, postalCode, "postalCode", DeliveryAddress::postalCode);
        country = optionalPart(violations, country, "country", value -> Countries.code(value, FIELD + ".country"));
        instructions = optionalPart(violations, instructions, "instructions",
                value -> multilineText(value, FIELD + ".instructions", 500));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /**
     * A new delivery's address, as a guest gives it: like the constructor, but a missing city or
     * postal code is reported with everything else wrong, not after it.
     */
    public static DeliveryAddress given(String line1, Optional<String> line2, Optional<String> city,
                                        Optional<String> region, Optional<String> postalCode,
                                        Optional<String> country, Optional<String> instructions) {
        List<Violation> violations = new ArrayList<>();
        DeliveryAddress address = null;
        try {
            address = new DeliveryAddress(line1, line2, city, region, postalCode, country, instructions);
        } catch (InvalidInput invalid) {
            violations.addAll(invalid.violations());
        }
        if (city.isEmpty()) {
            violations.add(new Violation(FIELD + ".city", "required", FIELD + ".city is required"));
        }
        if (postalCode.isEmpty()) {
            violations.add(new Violation(FIELD + ".postalCode", "required", FIELD + ".postalCode is required"));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt(violation -> PARTS.indexOf(violation.field())));
            throw new InvalidInput(violations);
        }
        return address;
    }

    /** The parts every new delivery has; the others absent. */
    public static DeliveryAddress of(String line1, String city, String postalCode, String country) {
        return new DeliveryAddress(line1, Optional.empty(), Optional.of(city), Optional.empty(),
                Optional.of(postalCode), Optional.of(country), Optional.empty());
    }

    public DeliveryAddress withCountry(String code) {
        return new DeliveryAddress(line1, line2, city, region, postalCode, Optional.of(code), instructions);
    }

    /**
     * The address as written on a label, one line each: street, second line, "city, region
     * postal code", country. The driver's instructions are not part of it.
     */
    public List<String> lines() {
        String locality = Stream.of(city, Optional.of(Stream.of(region, postalCode).flatMap(Optional::stream)
                        .collect(Collectors.joining(" "))).filter(s -> !s.isEmpty()))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(", "));
        return Stream.of(Optional.of(line1), line2, Optional.of(locality).filter(s -> !s.isEmpty()), country)
                .flatMap(Optional::stream)
                .toList();
    }

    /** {@link #lines()} joined by line breaks. */
    public String label() {
        return String.join("\n", lines());
    }

    private static String postalCode(String value) {
        String code = text(value, FIELD + ".postalCode", 20);
        if (!code.matches("[\\p{Alnum} -]+")) {
            throw new InvalidInput(FIELD + ".postalCode", "invalid",
                    FIELD + ".postalCode may hold only letters, digits, spaces and hyphens");
        }
        return code;
    }

    private static String part(List<Violation> violations, Supplier<String> check) {
        try {
            return check.get();
        } catch (InvalidInput invalid) {
            violations.addAll(invalid.violations());
            return null;
        }
    }

    private static Optional<String> optionalPart(List<Violation> violations, Optional<String> value, String name,
                                                 UnaryOperator<String> check) {
        return Objects.requireNonNull(value, name).map(given -> part(violations, () -> check.apply(given)));
    }
}
