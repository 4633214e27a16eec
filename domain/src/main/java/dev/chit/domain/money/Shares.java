package dev.chit.domain.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount into parts in proportion to weights, in whole minor units that add up to the
 * amount exactly (the largest remainder method): each part is first rounded down, then the
 * cents left over go one each to the parts whose exact share lost the most, the earlier part
 * first on a tie. A discount shared among an order's lines is split this way.
 */
public final class Shares {

    private Shares() {
    }

    /**
     * {@code amount} split over {@code weights} (none negative). With all weights zero the
     * amount goes to the parts equally, the remainder to the first ones.
     */
    public static List<Money> split(Money amount, List<Money> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to split " + amount + " over");
        }
        if (amount.isNegative() || weights.stream().anyMatch(Money::isNegative)) {
            throw new IllegalArgumentException("shares are split from amounts that are not negative");
        }
        BigInteger total = BigInteger.valueOf(amount.minorUnits());
        List<BigInteger> weight = weights.stream()
                .map(w -> BigInteger.valueOf(w.minorUnits()))
                .toList();
        BigInteger sum = weight.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() == 0) {
            weight = weights.stream().map(w -> BigInteger.ONE).toList();
            sum = BigInteger.valueOf(weights.size());
        }
        long[] parts = new long[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] division = total.multiply(weight.get(i)).divideAndRemainder(sum);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        long left = amount.minorUnits() - given;
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, parts.length).boxed().toList());
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < left; k++) {
            parts[byRemainder.get(k)]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(Money.of(part, amount.currency()));
        }
        return List.copyOf(result);
    }
}
