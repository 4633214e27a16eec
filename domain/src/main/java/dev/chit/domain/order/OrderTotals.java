package dev.chit.domain.order;

import dev.chit.domain.checkout.Quote;
import dev.chit.domain.money.Money;

import java.util.Currency;

/** The amounts of an order, as priced when it was placed. */
public record OrderTotals(
        Money subtotal,
        Money tax,
        Money deliveryFee,
        Money serviceFee,
        Money tip,
        Money discount,
        Money total) {

    public OrderTotals {
        Money expected = subtotal.plus(serviceFee).plus(tax).plus(deliveryFee).plus(tip).minus(discount);
        if (!expected.equals(total)) {
            throw new IllegalArgumentException("total " + total + " does not add up to " + expected);
        }
        for (Money amount : new Money[] {subtotal, tax, deliveryFee, serviceFee, tip, discount, total}) {
            if (amount.isNegative()) {
                throw new IllegalArgumentException("order amounts are never negative: " + amount);
            }
        }
    }

    public static OrderTotals of(Quote quote) {
        return new OrderTotals(quote.subtotal(), quote.tax(), quote.deliveryFee(), quote.serviceFee(),
                quote.tip(), quote.discount(), quote.total());
    }

    public Currency currency() {
        return total.currency();
    }
}
