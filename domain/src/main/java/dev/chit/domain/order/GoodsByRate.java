package dev.chit.domain.order;

import dev.chit.domain.checkout.TaxLine;
import dev.chit.domain.money.Money;
import dev.chit.domain.money.Shares;
import dev.chit.domain.restaurant.TaxRate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An order's goods ({@code total - tip - deliveryFee}) split into one pot per tax rate its lines
 * were sold at, in whole minor units that add up to the goods exactly. A rate's pot is its lines'
 * value, less their share of the discount, plus their share of the service fee (with the standard
 * rate's tax on the fee, when tax is added on top), plus the tax of that rate on the lines (when
 * it is added on top; under inclusive prices it is already inside the value). The discount and
 * the fee are shared among the rates by value with the largest remainder, so no cent is lost.
 *
 * <p>An order whose lines all pay one rate (every order before lines kept their rate: a line
 * without one pays the order's first rate) is one pot, the whole goods. So is an order whose
 * taxes do not match its lines' rates, which only older data could give: refunds then follow the
 * order's blended rate, as they always did.
 */
record GoodsByRate(List<Pot> pots) {

    /** The part of the goods that the lines sold at one rate stand for. */
    record Pot(List<Integer> lineIndexes, Money amount) {
    }

    static GoodsByRate of(List<OrderLine> lines, OrderTotals totals) {
        Money goods = totals.total().minus(totals.tip()).minus(totals.deliveryFee());
        Map<String, List<Integer>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byRate.computeIfAbsent(rateKey(lines.get(i).taxRate(), totals), key -> new ArrayList<>()).add(i);
        }
        List<Integer> all = IntStream.range(0, lines.size()).boxed().toList();
        if (byRate.size() <= 1 || (!totals.taxIncluded() && !taxesMatch(byRate, totals))) {
            return new GoodsByRate(List.of(new Pot(all, goods)));
        }
        List<String> keys = List.copyOf(byRate.keySet());
        List<Money> values = keys.stream().map(key -> valueOf(lines, byRate.get(key), totals)).toList();
        Money zero = Money.zero(totals.currency());
        Money feeTax = totals.taxIncluded() ? zero : feeTax(byRate, totals);
        List<Money> discounts = Shares.split(totals.discount(), values);
        List<Money> fees = Shares.split(totals.serviceFee().plus(feeTax), values);
        List<Pot> pots = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            Money tax = zero;
            if (!totals.taxIncluded()) {
                TaxLine rate = taxLine(keys.get(k), totals).orElseThrow();
                tax = isFeeRate(rate, totals) ? rate.amount().minus(feeTax) : rate.amount();
            }
            pots.add(new Pot(byRate.get(keys.get(k)),
                    values.get(k).minus(discounts.get(k)).plus(fees.get(k)).plus(tax)));
        }
        return new GoodsByRate(pots);
    }

    private static String rateKey(Optional<TaxRate> rate, OrderTotals totals) {
        String code = rate.map(TaxRate::code)
                .or(() -> totals.taxes().stream().findFirst().map(TaxLine::code))
                .orElse("");
        return code.toLowerCase(Locale.ROOT);
    }

    private static Money valueOf(List<OrderLine> lines, List<Integer> indexes, OrderTotals totals) {
        return indexes.stream().map(i -> lines.get(i).lineTotal()).reduce(Money.zero(totals.currency()), Money::plus);
    }

    private static Optional<TaxLine> taxLine(String key, OrderTotals totals) {
        return totals.taxes().stream().filter(tax -> tax.code().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    // The service fee is taxed at the standard rate, the restaurant's first, whose tax line then
    // comes first in the order's taxes.
    private static boolean isFeeRate(TaxLine rate, OrderTotals totals) {
        return !totals.serviceFee().isZero() && rate.equals(totals.taxes().getFirst());
    }

    /**
     * The tax of the standard rate that the service fee itself carries: what the fee alone would
     * pay at that rate (half-even), or all of that rate's tax when no line pays it. Never more
     * than that rate's tax, since rounding never falls as its base grows.
     */
    private static Money feeTax(Map<String, List<Integer>> byRate, OrderTotals totals) {
        if (totals.serviceFee().isZero()) {
            return Money.zero(totals.currency());
        }
        TaxLine standard = totals.taxes().getFirst();
        if (!byRate.containsKey(standard.code().toLowerCase(Locale.ROOT))) {
            return standard.amount();
        }
        Money alone = totals.serviceFee().basisPoints(standard.basisPoints());
        return alone.isGreaterThan(standard.amount()) ? standard.amount() : alone;
    }

    /**
     * Whether every rate the lines name has its tax line and every tax line is of a rate some line
     * pays (or the standard one, taxing the service fee): only then do the pots add up to the goods.
     */
    private static boolean taxesMatch(Map<String, List<Integer>> byRate, OrderTotals totals) {
        for (String key : byRate.keySet()) {
            if (taxLine(key, totals).isEmpty()) {
                return false;
            }
        }
        for (TaxLine tax : totals.taxes()) {
            if (!byRate.containsKey(tax.code().toLowerCase(Locale.ROOT)) && !isFeeRate(tax, totals)) {
                return false;
            }
        }
        return true;
    }
}
