package dev.chit.domain.order;

import dev.chit.domain.checkout.AppliedPromotion;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.checkout.TaxLine;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.money.Money;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The amounts of an order, as priced when it was placed, with its taxes per rate: kept with the
 * order, so a later change of the restaurant's rates never alters it. {@code tax} is the sum of
 * {@code taxes}; it is part of {@code total} unless the prices included it ({@code taxIncluded}).
 */
public record OrderTotals(
        Money subtotal,
        Money tax,
        Money deliveryFee,
        Money serviceFee,
        Money tip,
        Money discount,
        Money total,
        List<TaxLine> taxes,
        boolean taxIncluded,
        Optional<AppliedPromotion> promotion) {

    public OrderTotals {
        taxes = List.copyOf(taxes);
        Objects.requireNonNull(promotion, "promotion");
        Money taxSum = taxes.stream().map(TaxLine::amount).reduce(Money.zero(tax.currency()), Money::plus);
        if (!taxSum.equals(tax)) {
            throw new IllegalArgumentException("taxes " + taxSum + " do not add up to the tax " + tax);
        }
        Money added = taxIncluded ? Money.zero(tax.currency()) : tax;
        Money expected = subtotal.plus(serviceFee).plus(added).plus(deliveryFee).plus(tip).minus(discount);
        if (!expected.equals(total)) {
            throw new IllegalArgumentException("total " + total + " does not add up to " + expected);
        }
        for (Money amount : new Money[] {subtotal, tax, deliveryFee, serviceFee, tip, discount, total}) {
            if (amount.isNegative()) {
                throw new IllegalArgumentException("order amounts are never negative: " + amount);
            }
        }
    }

    /** Totals priced without a promotion. */
    public OrderTotals(Money subtotal, Money tax, Money deliveryFee, Money serviceFee, Money tip, Money discount,
                       Money total, List<TaxLine> taxes, boolean taxIncluded) {
        this(subtotal, tax, deliveryFee, serviceFee, tip, discount, total, taxes, taxIncluded, Optional.empty());
    }

    /**
     * Totals taxed at one rate added on top, as every order was before rates had codes: the rate
     * is the one its figures imply (tax over subtotal less discount plus service fee).
     */
    public OrderTotals(Money subtotal, Money tax, Money deliveryFee, Money serviceFee, Money tip, Money discount,
                       Money total) {
        this(subtotal, tax, deliveryFee, serviceFee, tip, discount, total,
                List.of(impliedTax(subtotal.minus(discount).plus(serviceFee), tax)), false);
    }

    private static TaxLine impliedTax(Money taxable, Money tax) {
        long basisPoints = taxable.isZero() ? 0 : Math.round(tax.minorUnits() * 10_000.0 / taxable.minorUnits());
        return new TaxLine(TaxPolicy.STANDARD_CODE, (int) Math.min(basisPoints, 10_000), taxable, tax);
    }

    public static OrderTotals of(Quote quote) {
        return new OrderTotals(quote.subtotal(), quote.tax(), quote.deliveryFee(), quote.serviceFee(),
                quote.tip(), quote.discount(), quote.total(), quote.taxes(), quote.taxIncluded(),
                quote.promotion());
    }

    /** The tax the guest paid on top of the prices: none when the prices included it. */
    public Money taxAdded() {
        return taxIncluded ? Money.zero(tax.currency()) : tax;
    }

    public Currency currency() {
        return total.currency();
    }
}
