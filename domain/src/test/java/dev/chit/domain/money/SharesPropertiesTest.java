package dev.chit.domain.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharesPropertiesTest {

    @Property(tries = 500)
    void theShares_addUpToTheAmount_andEachIsItsExactShareRoundedDownOrUp(
            @ForAll @LongRange(min = 0, max = 1_000_000) long amount,
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 500_000) Long> weights) {
        List<Money> shares = Shares.split(Money.of(amount, "EUR"), weights.stream().map(w -> Money.of(w, "EUR")).toList());

        assertThat(shares.stream().mapToLong(Money::minorUnits).sum()).isEqualTo(amount);
        long sum = weights.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < shares.size(); i++) {
            long floor = sum == 0 ? amount / weights.size()
                    : BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights.get(i)))
                    .divide(BigInteger.valueOf(sum)).longValueExact();
            assertThat(shares.get(i).minorUnits()).isBetween(floor, floor + 1);
        }
    }

    @Property(tries = 200)
    void aShareOfNothing_isNothing(@ForAll @IntRange(min = 1, max = 10) int parts) {
        List<Money> weights = java.util.Collections.nCopies(parts, Money.of(250, "EUR"));
        assertThat(Shares.split(Money.zero(java.util.Currency.getInstance("EUR")), weights))
                .allMatch(Money::isZero);
    }

    @Property(tries = 1)
    void leftoverCents_goToTheLargestRemainders() {
        // 10 over 1:1:1 is 3.33 each: the first, on a tie, gets the cent left over.
        assertThat(Shares.split(Money.of(10, "EUR"), List.of(Money.of(1, "EUR"), Money.of(1, "EUR"), Money.of(1, "EUR"))))
                .extracting(Money::minorUnits).containsExactly(4L, 3L, 3L);
        // 100 over 1:2 is 33.3 and 66.6: the second lost more by rounding down.
        assertThat(Shares.split(Money.of(100, "EUR"), List.of(Money.of(1, "EUR"), Money.of(2, "EUR"))))
                .extracting(Money::minorUnits).containsExactly(33L, 67L);
    }
}
