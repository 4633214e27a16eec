package dev.chit.domain.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    @Test
    void plusAndMinus_workInMinorUnits() {
        assertThat(usd(1250).plus(usd(375))).isEqualTo(usd(1625));
        assertThat(usd(1250).minus(usd(1300))).isEqualTo(usd(-50));
    }

    @Test
    void times_multipliesTheMinorUnits() {
        assertThat(usd(1250).times(3)).isEqualTo(usd(3750));
        assertThat(usd(1250).times(0)).isEqualTo(usd(0));
        assertThat(usd(-7).times(3)).isEqualTo(usd(-21));
    }

    @Test
    void ofCodeAndOfCurrency_areTheSameAmount() {
        assertThat(Money.of(5, "EUR")).isEqualTo(Money.of(5, Currency.getInstance("EUR")));
        assertThat(Money.zero(Currency.getInstance("JPY"))).isEqualTo(Money.of(0, "JPY"));
        assertThat(Money.of(5, "EUR")).isNotEqualTo(Money.of(5, "USD"));
    }

    @Test
    void plus_pastLongMax_throwsInsteadOfWrapping() {
        assertThatThrownBy(() -> usd(Long.MAX_VALUE).plus(usd(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void minus_pastLongMin_throwsInsteadOfWrapping() {
        assertThatThrownBy(() -> usd(Long.MIN_VALUE).minus(usd(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void times_pastLongMax_throwsInsteadOfWrapping() {
        assertThatThrownBy(() -> usd(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void basisPoints_pastLongMax_throwsInsteadOfWrapping() {
        assertThatThrownBy(() -> usd(Long.MAX_VALUE).basisPoints(10_001)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void plus_ofAnotherCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> usd(1).plus(Money.of(1, "EUR"))).isInstanceOf(Money.CurrencyMismatch.class);
    }

    @Test
    void minus_ofAnotherCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> usd(1).minus(Money.of(1, "EUR"))).isInstanceOf(Money.CurrencyMismatch.class);
    }

    @Test
    void comparing_amountsOfDifferentCurrencies_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> usd(1).isGreaterThan(Money.of(1, "EUR"))).isInstanceOf(Money.CurrencyMismatch.class);
        assertThatThrownBy(() -> usd(1).isLessThan(Money.of(1, "JPY"))).isInstanceOf(Money.CurrencyMismatch.class);
    }

    @Test
    void comparisons_orderByAmount() {
        assertThat(usd(2).isGreaterThan(usd(1))).isTrue();
        assertThat(usd(1).isGreaterThan(usd(1))).isFalse();
        assertThat(usd(-1).isLessThan(usd(0))).isTrue();
        assertThat(usd(0).isLessThan(usd(0))).isFalse();
        assertThat(usd(0).isZero()).isTrue();
        assertThat(usd(-1).isNegative()).isTrue();
        assertThat(usd(0).isNegative()).isFalse();
    }

    @Test
    void aCurrencyIsRequired() {
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0} x {1} bp = {2}")
    @CsvSource({
            // exact ties go to the even neighbour, both ways
            "1, 5000, 0",      // 0.5 -> 0
            "3, 5000, 2",      // 1.5 -> 2
            "5, 5000, 2",      // 2.5 -> 2
            "7, 5000, 4",      // 3.5 -> 4
            "2, 2500, 0",      // 0.5 -> 0
            "6, 2500, 2",      // 1.5 -> 2
            "1010, 500, 50",   // 50.5 -> 50
            "1030, 500, 52",   // 51.5 -> 52
            // and the same for negative amounts
            "-1, 5000, 0",     // -0.5 -> 0
            "-3, 5000, -2",    // -1.5 -> -2
            "-5, 5000, -2",    // -2.5 -> -2
            "-1030, 500, -52", // -51.5 -> -52
            // not a tie: ordinary rounding
            "1234, 825, 102",  // 101.805 -> 102
            "1000, 825, 82",   // 82.5 -> 82
            "1001, 825, 83",   // 82.5825 -> 83
            "4429, 825, 365",  // 365.3925 -> 365
            "-4429, 825, -365",
            "999, 1, 0",       // 0.0999 -> 0
            "5001, 1, 1",      // 0.5001 -> 1
            // identity, nothing, double
            "4321, 10000, 4321",
            "4321, 0, 0",
            "4321, 20000, 8642"})
    void basisPoints_roundsHalfEvenToTheMinorUnit(long amount, long basisPoints, long expected) {
        assertThat(usd(amount).basisPoints(basisPoints)).isEqualTo(usd(expected));
    }

    @Test
    void basisPoints_keepsTheCurrency() {
        assertThat(Money.of(1000, "JPY").basisPoints(1000)).isEqualTo(Money.of(100, "JPY"));
    }
}
