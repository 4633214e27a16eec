package dev.chit.domain.order;

import dev.chit.domain.checkout.Charges;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;
import dev.chit.domain.testing.RestaurantBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.chit.domain.order.LineRefundCarts.line;
import static dev.chit.domain.order.LineRefundCarts.split;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds by line of carts taxed at one to three rates, priced exactly as the price list prices
 * them ({@link Charges}), prices with tax added or included, with and without a service fee and
 * a discount: every split of the items refunds exactly the goods, no refund is negative, a line
 * of a 0 % rate carries no tax, each rate's lines carry exactly their rate's tax, and with one
 * rate the result is the rule refunds always followed.
 */
class LineRefundByRatePropertiesTest {

    private static final TaxRate[] RATES = {
        new TaxRate("standard", 1900), new TaxRate("reduced", 700), new TaxRate("zero", 0)};

    /** A priced cart: its lines (each sold at its rate), its totals, and a seed that splits it into refunds. */
    record Case(List<OrderLine> lines, OrderTotals totals, long seed) {

        Money goods() {
            return totals.total().minus(totals.tip()).minus(totals.deliveryFee());
        }
    }

    @Property(tries = 1000)
    void everySplitOfTheItems_refundsExactlyTheGoods_andNoRefundIsNegative(@ForAll("carts") Case c) {
        List<OrderLine> lines = c.lines();
        long refunded = 0;
        for (List<LineQuantity> refund : split(lines, new Random(c.seed()))) {
            LineRefund worked = LineRefund.of(lines, c.totals(), refund);
            assertThat(worked.amount().minorUnits()).isNotNegative();
            refunded += worked.amount().minorUnits();
            lines = worked.linesAfter();
        }
        assertThat(refunded).isEqualTo(c.goods().minorUnits());
    }

    @Property(tries = 500)
    void withOneRate_eachRefundIsTheOrdersGoodsInProportionToTheItemsValue(@ForAll("oneRateCarts") Case c) {
        long sold = c.lines().stream().mapToLong(line -> line.lineTotal().minorUnits()).sum();
        List<OrderLine> lines = c.lines();
        long before = 0;
        long valueRefunded = 0;
        for (List<LineQuantity> refund : split(lines, new Random(c.seed()))) {
            LineRefund worked = LineRefund.of(lines, c.totals(), refund);
            for (LineQuantity ask : refund) {
                valueRefunded += lines.stream().filter(line -> line.id().equals(ask.lineId())).findFirst()
                        .orElseThrow().unitPrice().times(ask.quantity()).minorUnits();
            }
            long after = valueRefunded == sold ? c.goods().minorUnits()
                    : BigDecimal.valueOf(c.goods().minorUnits()).multiply(BigDecimal.valueOf(valueRefunded))
                            .divide(BigDecimal.valueOf(sold), 0, RoundingMode.HALF_EVEN).longValueExact();
            assertThat(worked.amount().minorUnits()).isEqualTo(after - before);
            before = after;
            lines = worked.linesAfter();
        }
    }

    @Property(tries = 500)
    void withoutFeeOrDiscount_eachRatesLinesRefundTheirValuePlusTheirRatesTaxAddedOnTop(
            @ForAll("plainCarts") Case c) {
        for (TaxRate rate : RATES) {
            List<LineQuantity> ofRate = c.lines().stream()
                    .filter(line -> line.taxRate().orElseThrow().equals(rate))
                    .map(line -> new LineQuantity(line.id(), line.quantity()))
                    .toList();
            if (ofRate.isEmpty()) {
                continue;
            }
            long value = c.lines().stream().filter(line -> line.taxRate().orElseThrow().equals(rate))
                    .mapToLong(line -> line.lineTotal().minorUnits()).sum();
            long tax = c.totals().taxIncluded() ? 0 : c.totals().taxes().stream()
                    .filter(line -> line.code().equals(rate.code()))
                    .mapToLong(line -> line.amount().minorUnits()).sum();
            assertThat(LineRefund.of(c.lines(), c.totals(), ofRate).amount().minorUnits())
                    .as("the %s lines", rate.code())
                    .isEqualTo(value + tax);
            if (rate.basisPoints() == 0) {
                assertThat(tax).isZero();
            }
        }
    }

    @Property(tries = 500)
    void withoutServiceFee_aLineOfAZeroRateGetsNoTax(@ForAll("feeFreeCarts") Case c) {
        List<OrderLine> zeroRated = c.lines().stream()
                .filter(line -> line.taxRate().orElseThrow().basisPoints() == 0).toList();
        Assume.that(!zeroRated.isEmpty());
        for (OrderLine line : zeroRated) {
            Money refund = LineRefund.of(c.lines(), c.totals(), List.of(new LineQuantity(line.id(), line.quantity())))
                    .amount();
            assertThat(refund).isLessThanOrEqualTo(line.lineTotal());
        }
        List<LineQuantity> all = zeroRated.stream().map(line -> new LineQuantity(line.id(), line.quantity())).toList();
        long value = zeroRated.stream().mapToLong(line -> line.lineTotal().minorUnits()).sum();
        long refund = LineRefund.of(c.lines(), c.totals(), all).amount().minorUnits();
        assertThat(refund).isLessThanOrEqualTo(value);
        if (c.totals().discount().isZero()) {
            assertThat(refund).isEqualTo(value);
        }
    }

    @Provide
    Arbitrary<Case> carts() {
        return priced(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 2_000),
                Arbitraries.integers().between(0, 50));
    }

    @Provide
    Arbitrary<Case> oneRateCarts() {
        return priced(Arbitraries.just(1), Arbitraries.integers().between(0, 2_000),
                Arbitraries.integers().between(0, 50));
    }

    @Provide
    Arbitrary<Case> plainCarts() {
        return priced(Arbitraries.integers().between(1, 3), Arbitraries.just(0), Arbitraries.just(0));
    }

    @Provide
    Arbitrary<Case> feeFreeCarts() {
        return priced(Arbitraries.just(3), Arbitraries.just(0), Arbitraries.integers().between(0, 50));
    }

    /**
     * Carts of one to six lines over the first {@code rates} of {@link #RATES} (in a random
     * order, so any of them may be the standard rate), priced as the price list prices them.
     */
    private static Arbitrary<Case> priced(Arbitrary<Integer> rates, Arbitrary<Integer> feeBasisPoints,
                                          Arbitrary<Integer> discountPercents) {
        Arbitrary<List<int[]>> items = Combinators.combine(Arbitraries.integers().between(1, 9),
                        Arbitraries.integers().between(50, 20_000), Arbitraries.integers().between(0, 2))
                .as((quantity, unit, rate) -> new int[] {quantity, unit, rate})
                .list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(items, rates, Arbitraries.of(TaxMode.values()), feeBasisPoints, discountPercents,
                        Arbitraries.longs().between(0, 1_000), Arbitraries.longs().between(0, 5_000),
                        Arbitraries.longs())
                .as((chosen, rateCount, mode, fee, percent, deliveryFee, tip, seed) -> {
                    List<TaxRate> policyRates = new ArrayList<>(List.of(RATES).subList(0, rateCount));
                    Collections.shuffle(policyRates, new Random(seed));
                    TaxPolicy policy = new TaxPolicy(mode, policyRates);
                    List<OrderLine> lines = new ArrayList<>();
                    List<Charges.Taxed> taxed = new ArrayList<>();
                    for (int[] item : chosen) {
                        TaxRate rate = policyRates.get(item[2] % rateCount);
                        OrderLine line = line("Item", item[0], item[1], rate);
                        lines.add(line);
                        taxed.add(new Charges.Taxed(line.lineTotal(), rate));
                    }
                    Money subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
                    Money discount = Money.of(subtotal.minorUnits() * percent / 100, RestaurantBuilder.USD);
                    Charges charges = Charges.of(taxed, discount, fee, policy);
                    Money delivery = Money.of(deliveryFee, RestaurantBuilder.USD);
                    Money tipped = Money.of(tip, RestaurantBuilder.USD);
                    Money total = subtotal.minus(discount).plus(charges.serviceFee()).plus(charges.taxAdded())
                            .plus(delivery).plus(tipped);
                    OrderTotals totals = new OrderTotals(subtotal, charges.tax(), delivery, charges.serviceFee(),
                            tipped, discount, total, charges.taxes(), charges.taxIncluded());
                    return new Case(lines, totals, seed);
                });
    }
}
