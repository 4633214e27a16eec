package dev.chit.domain.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyPropertiesTest {

    private static final long BIG = 1L << 60;

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    @Property
    void basisPointsOfTenThousand_isTheIdentity(@ForAll long amount) {
        assertThat(usd(amount).basisPoints(10_000)).isEqualTo(usd(amount));
    }

    @Property
    void basisPointsOfZero_isZero(@ForAll long amount) {
        assertThat(usd(amount).basisPoints(0).minorUnits()).isZero();
    }

    @Property
    void plusThenMinus_givesBackTheAmount(
            @ForAll @LongRange(min = -BIG, max = BIG) long a, @ForAll @LongRange(min = -BIG, max = BIG) long b) {
        assertThat(usd(a).plus(usd(b)).minus(usd(b))).isEqualTo(usd(a));
    }

    @Property
    void plus_isCommutative(
            @ForAll @LongRange(min = -BIG, max = BIG) long a, @ForAll @LongRange(min = -BIG, max = BIG) long b) {
        assertThat(usd(a).plus(usd(b))).isEqualTo(usd(b).plus(usd(a)));
    }

    @Property
    void times_isRepeatedAddition(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a, @ForAll @IntRange(min = 0, max = 99) int n) {
        Money sum = usd(0);
        for (int i = 0; i < n; i++) {
            sum = sum.plus(usd(a));
        }
        assertThat(usd(a).times(n)).isEqualTo(sum);
    }

    /** The result is the exact product rounded to the nearest unit, and to the even one on a tie. */
    @Property
    void basisPoints_isTheNearestMinorUnit_andEvenOnATie(
            @ForAll @LongRange(min = -BIG, max = BIG) long amount, @ForAll @IntRange(min = 0, max = 10_000) int basisPoints) {
        long rounded = usd(amount).basisPoints(basisPoints).minorUnits();

        // Compare in units of 1/10000 with exact integers, far from the implementation's BigDecimal.
        BigInteger exact = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(basisPoints));
        BigInteger distance = BigInteger.valueOf(rounded).multiply(BigInteger.valueOf(10_000)).subtract(exact).abs();
        assertThat(distance).isLessThanOrEqualTo(BigInteger.valueOf(5_000));
        if (distance.equals(BigInteger.valueOf(5_000))) {
            assertThat(rounded % 2).isZero();
        }
    }

    /** Random amounts seldom land on a tie; halving an odd amount always does. */
    @Property
    void halvingAnOddAmount_roundsToTheEvenNeighbour(@ForAll @LongRange(min = -BIG, max = BIG) long half) {
        long odd = 2 * half + 1;
        long rounded = usd(odd).basisPoints(5_000).minorUnits();

        assertThat(rounded).isIn(half, half + 1);
        assertThat(rounded % 2).isZero();
    }

    @Property
    void basisPoints_isSymmetricAroundZero(
            @ForAll @LongRange(min = -BIG, max = BIG) long amount, @ForAll @IntRange(min = 0, max = 10_000) int basisPoints) {
        assertThat(usd(-amount).basisPoints(basisPoints).minorUnits())
                .isEqualTo(-usd(amount).basisPoints(basisPoints).minorUnits());
    }
}
