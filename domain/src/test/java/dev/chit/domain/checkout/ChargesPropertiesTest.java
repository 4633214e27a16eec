package dev.chit.domain.checkout;

import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Over random carts, rates, modes and discounts, the charges add up and each rate is rounded on its own. */
class ChargesPropertiesTest {

    /** Lines (amount, index of their rate), the rates, the mode, the discount as a share of the subtotal, the fee. */
    record Case(List<long[]> lines, List<Integer> rates, TaxMode mode, int discountPerMille, int serviceFee) {

        TaxPolicy policy() {
            List<TaxRate> taxRates = new ArrayList<>();
            for (int i = 0; i < rates.size(); i++) {
                taxRates.add(new TaxRate("r" + i, rates.get(i)));
            }
            return new TaxPolicy(mode, taxRates);
        }

        List<Charges.Taxed> taxed() {
            TaxPolicy policy = policy();
            return lines.stream()
                    .map(l -> new Charges.Taxed(eur(l[0]), policy.rates().get((int) (l[1] % rates.size()))))
                    .toList();
        }

        Money subtotal() {
            return eur(lines.stream().mapToLong(l -> l[0]).sum());
        }

        Money discount() {
            return eur(subtotal().minorUnits() * discountPerMille / 1000);
        }

        Charges charges() {
            return Charges.of(taxed(), discount(), serviceFee, policy());
        }
    }

    @Property(tries = 1000)
    void theTaxableParts_addUpToTheDiscountedSubtotalAndFee_andTheTaxesToTheTax(@ForAll("cases") Case c) {
        Charges charges = c.charges();

        long taxable = charges.taxes().stream().mapToLong(t -> t.taxable().minorUnits()).sum();
        assertThat(taxable).isEqualTo(c.subtotal().minus(c.discount()).plus(charges.serviceFee()).minorUnits());
        assertThat(charges.tax().minorUnits())
                .isEqualTo(charges.taxes().stream().mapToLong(t -> t.amount().minorUnits()).sum());
        assertThat(charges.serviceFee())
                .isEqualTo(c.subtotal().minus(c.discount()).basisPoints(c.serviceFee()));
        assertThat(charges.taxes()).allSatisfy(t -> assertThat(t.amount().minorUnits()).isNotNegative());
    }

    @Property(tries = 1000)
    void eachRate_isRoundedHalfEvenOnItsOwnShare(@ForAll("cases") Case c) {
        Charges charges = c.charges();

        for (TaxLine line : charges.taxes()) {
            BigDecimal exact = BigDecimal.valueOf(line.taxable().minorUnits()).multiply(BigDecimal.valueOf(line.basisPoints()))
                    .divide(BigDecimal.valueOf(c.mode() == TaxMode.INCLUSIVE ? 10_000 + line.basisPoints() : 10_000),
                            20, RoundingMode.HALF_EVEN);
            long rounded = exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            assertThat(line.amount().minorUnits()).isEqualTo(rounded);
            assertThat(BigDecimal.valueOf(line.amount().minorUnits()).subtract(exact).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.5"));
        }
    }

    @Property(tries = 1000)
    void inclusiveTax_neverChangesWhatTheGuestPays(@ForAll("cases") Case c) {
        Case inclusive = new Case(c.lines(), c.rates(), TaxMode.INCLUSIVE, c.discountPerMille(), c.serviceFee());
        Case untaxed = new Case(c.lines(), c.rates().stream().map(r -> 0).toList(), TaxMode.INCLUSIVE,
                c.discountPerMille(), c.serviceFee());

        Charges taxed = inclusive.charges();
        assertThat(taxed.taxAdded().isZero()).isTrue();
        assertThat(taxed.serviceFee()).isEqualTo(untaxed.charges().serviceFee());
        assertThat(taxed.discount()).isEqualTo(untaxed.charges().discount());
        // The tax inside a gross amount is never more than the amount itself.
        assertThat(taxed.taxes()).allSatisfy(t -> assertThat(t.amount()).isLessThanOrEqualTo(t.taxable()));
    }

    @Property(tries = 1000)
    void withOneRateAndNoDiscount_theTaxIsTodays(@ForAll("cases") Case c) {
        Case today = new Case(c.lines(), List.of(c.rates().getFirst()), TaxMode.EXCLUSIVE, 0, c.serviceFee());

        Charges charges = today.charges();

        Money subtotal = today.subtotal();
        Money fee = subtotal.basisPoints(c.serviceFee());
        assertThat(charges.serviceFee()).isEqualTo(fee);
        assertThat(charges.tax()).isEqualTo(subtotal.plus(fee).basisPoints(c.rates().getFirst()));
        assertThat(charges.discount().isZero()).isTrue();
    }

    @Property(tries = 500)
    void theDiscount_isSharedByTheLines_soNoRateIsTaxedOnMoreThanItsLinesLessTheirShare(@ForAll("cases") Case c) {
        Charges charges = c.charges();
        TaxPolicy policy = c.policy();

        for (TaxLine line : charges.taxes()) {
            long gross = c.taxed().stream().filter(t -> t.rate().code().equals(line.code()))
                    .mapToLong(t -> t.amount().minorUnits()).sum();
            long fee = policy.standard().code().equals(line.code()) ? charges.serviceFee().minorUnits() : 0;
            assertThat(line.taxable().minorUnits()).isBetween(
                    BigInteger.valueOf(gross).multiply(BigInteger.valueOf(1000 - c.discountPerMille()))
                            .divide(BigInteger.valueOf(1000)).longValueExact() - c.lines().size() + fee,
                    gross + fee);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<long[]> line = Combinators.combine(
                Arbitraries.longs().between(0, 250_000), Arbitraries.longs().between(0, 4))
                .as((amount, rate) -> new long[] {amount, rate});
        return Combinators.combine(
                line.list().ofMinSize(1).ofMaxSize(10),
                Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(TaxPolicy.MAX_RATES),
                Arbitraries.of(TaxMode.class),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 3000))
                .as(Case::new);
    }

    private static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }
}
