package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;

import java.util.Objects;
import java.util.regex.Pattern;

import static dev.chit.domain.error.Checks.inRange;

/**
 * One tax rate of a restaurant, known by a short code its menu items name ({@code standard},
 * {@code reduced}, {@code VAT7}), in basis points (1900 = 19 %).
 */
public record TaxRate(String code, int basisPoints) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,19}");

    public TaxRate {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInput("code", "invalid-code",
                    "a tax code is 1 to 20 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        inRange(basisPoints, 0, 10_000, "basisPoints");
    }

    public boolean hasCode(String other) {
        return code.equalsIgnoreCase(other);
    }
}
