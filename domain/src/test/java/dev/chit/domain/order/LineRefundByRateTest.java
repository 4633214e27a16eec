package dev.chit.domain.order;

import dev.chit.domain.checkout.Charges;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;
import dev.chit.domain.testing.RestaurantBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.chit.domain.order.LineRefundCarts.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of docs/refunds.md: a schnitzel at 14.50 (7 %) and two beers at 4.50
 * (19 %), a 10 % service fee, a 2.00 tip. Subtotal 2350, fee 235, tax 216 (19 % of the beers
 * and the fee: 1135) + 102 (7 % of 1450), total 3103, goods 2903.
 */
class LineRefundByRateTest {

    private static final TaxRate STANDARD = new TaxRate("standard", 1900);
    private static final TaxRate REDUCED = new TaxRate("reduced", 700);

    private final OrderLine schnitzel = line("Schnitzel", 1, 1450, REDUCED);
    private final OrderLine beers = line("Bier", 2, 450, STANDARD);

    private static OrderTotals priced(TaxMode mode, List<OrderLine> lines, long discount) {
        List<Charges.Taxed> taxed = lines.stream()
                .map(line -> new Charges.Taxed(line.lineTotal(), line.taxRate().orElseThrow()))
                .toList();
        Charges charges = Charges.of(taxed, usd(discount), 1000, new TaxPolicy(mode, List.of(STANDARD, REDUCED)));
        Money subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        Money tip = usd(200);
        return new OrderTotals(subtotal, charges.tax(), usd(0), charges.serviceFee(), tip, usd(discount),
                subtotal.minus(usd(discount)).plus(charges.serviceFee()).plus(charges.taxAdded()).plus(tip),
                charges.taxes(), charges.taxIncluded());
    }

    private static Money usd(long cents) {
        return Money.of(cents, RestaurantBuilder.USD);
    }

    private static long refund(List<OrderLine> lines, OrderTotals totals, OrderLine line, int quantity) {
        return LineRefund.of(lines, totals, List.of(new LineQuantity(line.id(), quantity))).amount().minorUnits();
    }

    @Test
    void theBeers_giveBackTheirValue_theirFeeShareWithItsTax_andTheirOwn19PercentTax() {
        List<OrderLine> lines = List.of(schnitzel, beers);
        OrderTotals totals = priced(TaxMode.EXCLUSIVE, lines, 0);
        assertThat(totals.total().minorUnits()).isEqualTo(3103);

        // 900 + 107 (of the fee and its 19 % tax, 235 + 45 = 280, by value) + 216 - 45 = 1178.
        assertThat(refund(lines, totals, beers, 2)).isEqualTo(1178);
        assertThat(refund(lines, totals, beers, 1)).isEqualTo(589);
        // 1450 + 173 + 102: the rest of the goods.
        assertThat(refund(lines, totals, schnitzel, 1)).isEqualTo(1725);
    }

    @Test
    void withTaxIncludedInThePrices_theBeersGiveBackTheirGrossShare_withNothingAddedOnTop() {
        List<OrderLine> lines = List.of(schnitzel, beers);
        OrderTotals totals = priced(TaxMode.INCLUSIVE, lines, 235);
        // goods = 2350 - 235 + 211.5 -> 212 (fee on 2115): 2327; beers: 900 - 90 + 81 = 891.
        assertThat(totals.total().minus(totals.tip()).minorUnits()).isEqualTo(2327);

        assertThat(refund(lines, totals, beers, 2)).isEqualTo(891);
        assertThat(refund(lines, totals, schnitzel, 1)).isEqualTo(2327 - 891);
    }

    @Test
    void linesSoldBeforeTheyKeptTheirRate_shareTheOrdersBlendedRate_asBefore() {
        OrderLine oldSchnitzel = withoutRate(schnitzel);
        OrderLine oldBeers = withoutRate(beers);
        List<OrderLine> lines = List.of(oldSchnitzel, oldBeers);
        OrderTotals totals = priced(TaxMode.EXCLUSIVE, List.of(schnitzel, beers), 0);

        // 2903 x 900 / 2350 = 1111.79 -> 1112.
        assertThat(refund(lines, totals, oldBeers, 2)).isEqualTo(1112);
    }

    private static OrderLine withoutRate(OrderLine line) {
        return new OrderLine(line.id(), line.menuItemId(), line.name(), line.quantity(), line.unitPrice(),
                line.options(), line.note(), line.lineTotal(), 0, List.of(), Optional.empty(), Optional.empty());
    }
}
