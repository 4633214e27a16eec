package dev.chit.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money as an integer count of the currency's minor units (cents for USD, yen for
 * JPY). Never floating point. Arithmetic overflows loudly instead of wrapping, and mixing
 * currencies is a programming error, not a silent conversion.
 *
 * <p>Percentages are given in basis points (1/100 of a percent) and are rounded
 * <em>half-even</em> to the minor unit: the rule of API.md, and the one that does not drift
 * upwards when many amounts are rounded.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    private static final BigDecimal BASIS_POINTS_PER_WHOLE = BigDecimal.valueOf(10_000);

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /** This amount times {@code basisPoints}/10000, rounded half-even to the minor unit. */
    public Money basisPoints(long basisPoints) {
        long rounded = BigDecimal.valueOf(minorUnits)
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BASIS_POINTS_PER_WHOLE, 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return new Money(rounded, currency);
    }

    /**
     * The tax held in this gross amount at {@code basisPoints}: gross x bp / (10000 + bp), rounded
     * half-even to the minor unit (the VAT inside a VAT-inclusive price).
     */
    public Money includedAtBasisPoints(long basisPoints) {
        long rounded = BigDecimal.valueOf(minorUnits)
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BASIS_POINTS_PER_WHOLE.add(BigDecimal.valueOf(basisPoints)), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return new Money(rounded, currency);
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatch(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency.getCurrencyCode() + " minor units";
    }

    /** Two amounts in different currencies met in one calculation: a bug, never user input. */
    public static final class CurrencyMismatch extends IllegalArgumentException {
        CurrencyMismatch(Currency left, Currency right) {
            super("cannot combine " + left + " with " + right);
        }
    }
}
