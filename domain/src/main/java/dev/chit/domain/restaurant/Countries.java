package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Locale.IsoCountryCode.PART1_ALPHA2;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(PART1_ALPHA2);
    private static final Pattern PARTS = Pattern.compile("[,\\n]");
    // How an address written by a person ends: "USA", "GBR" or "United States". Not two-letter
    // codes: "San Francisco, CA" ends with a state, not with Canada.
    private static final Map<String, String> BY_NAME = CODES.stream()
            .flatMap(code -> {
                Locale country = Locale.of("", code);
                return java.util.stream.Stream.of(
                        Map.entry(country.getISO3Country(), code),
                        Map.entry(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code));
            })
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
    private static final Map<String, String> COMMON_NAMES = Map.of("UK", "GB", "ENGLAND", "GB", "SCOTLAND", "GB",
            "WALES", "GB", "U.S.", "US", "U.S.A.", "US", "AMERICA", "US");

    private Countries() {
    }

    /**
     * {@code value} as an upper-case ISO 3166-1 alpha-2 code ({@code "us"} is {@code "US"}).
     *
     * @throws InvalidInput naming {@code field} when it is no such code
     */
    public static String code(String value, String field) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new InvalidInput(field, "invalid", field + " must be an ISO 3166-1 alpha-2 country code such as US");
        }
        return code;
    }

    /**
     * The country a postal address names in its last part (after the last comma or line break),
     * as an ISO alpha-3 code or its English name: "..., Brooklyn, NY 11201, USA" is US.
     */
    public static Optional<String> endingAddress(String address) {
        String[] parts = PARTS.split(address.strip());
        String last = parts[parts.length - 1].strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.get(last)).or(() -> Optional.ofNullable(COMMON_NAMES.get(last)));
    }
}
