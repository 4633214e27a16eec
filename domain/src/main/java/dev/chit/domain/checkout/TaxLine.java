package dev.chit.domain.checkout;

import dev.chit.domain.money.Money;

import java.util.Objects;

/**
 * The tax of one rate on an order: {@code amount} at {@code basisPoints} of {@code taxable}, the
 * part of the (discounted) order that rate applies to. Under inclusive pricing {@code taxable}
 * is the gross amount the tax was taken out of.
 */
public record TaxLine(String code, int basisPoints, Money taxable, Money amount) {

    public TaxLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(taxable, "taxable");
        Objects.requireNonNull(amount, "amount");
        if (taxable.isNegative() || amount.isNegative()) {
            throw new IllegalArgumentException("tax amounts are never negative");
        }
    }
}
