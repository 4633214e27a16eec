package dev.chit.domain.checkout;

import dev.chit.domain.money.Money;
import dev.chit.domain.money.Shares;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a priced cart owes besides its lines (API.md, "Menu and pricing for every market"): the
 * discount, shared among the lines by their share of the subtotal (largest remainder, so the
 * cents add up); the service fee on the discounted subtotal; and the tax of each rate, half-even,
 * on that rate's share of the discounted subtotal (the standard rate also on the service fee).
 * Under {@code INCLUSIVE} pricing the tax is taken out of those gross amounts and is not added
 * to what the guest pays.
 *
 * @param taxes one line per rate that taxed something, in the order of the restaurant's rates
 */
public record Charges(Money discount, Money serviceFee, List<TaxLine> taxes, boolean taxIncluded) {

    public Charges {
        taxes = List.copyOf(taxes);
    }

    /** A line's amount before the discount, with the rate its item pays. */
    public record Taxed(Money amount, TaxRate rate) {
    }

    /**
     * @param discount already capped at the subtotal
     */
    public static Charges of(List<Taxed> lines, Money discount, int serviceFeeBasisPoints, TaxPolicy policy) {
        Money zero = Money.zero(discount.currency());
        Money subtotal = lines.stream().map(Taxed::amount).reduce(zero, Money::plus);
        if (discount.isNegative() || discount.isGreaterThan(subtotal)) {
            throw new IllegalArgumentException("discount " + discount + " is not within the subtotal " + subtotal);
        }
        Money serviceFee = subtotal.minus(discount).basisPoints(serviceFeeBasisPoints);
        List<Money> shares = lines.isEmpty() ? List.of() : Shares.split(discount, lines.stream().map(Taxed::amount).toList());

        Map<String, Money> taxable = new LinkedHashMap<>();
        for (TaxRate rate : policy.rates()) {
            taxable.put(rate.code(), null);
        }
        for (int i = 0; i < lines.size(); i++) {
            taxable.merge(lines.get(i).rate().code(), lines.get(i).amount().minus(shares.get(i)), Money::plus);
        }
        if (!serviceFee.isZero()) {
            taxable.merge(policy.standard().code(), serviceFee, Money::plus);
        }
        List<TaxLine> taxes = new ArrayList<>();
        for (TaxRate rate : policy.rates()) {
            Money base = taxable.get(rate.code());
            if (base != null) {
                Money amount = policy.included()
                        ? base.includedAtBasisPoints(rate.basisPoints())
                        : base.basisPoints(rate.basisPoints());
                taxes.add(new TaxLine(rate.code(), rate.basisPoints(), base, amount));
            }
        }
        return new Charges(discount, serviceFee, taxes, policy.included());
    }

    /** The sum of the taxes. */
    public Money tax() {
        return taxes.stream().map(TaxLine::amount).reduce(Money.zero(discount.currency()), Money::plus);
    }

    /** The tax the guest pays on top of the prices: none when prices include it. */
    public Money taxAdded() {
        return taxIncluded ? Money.zero(discount.currency()) : tax();
    }
}
