package dev.chit.adapters.web.checkout;

import dev.chit.domain.checkout.TaxLine;

import java.util.List;

/** One rate's tax on a quote or an order: {@code amount} at {@code basisPoints} of {@code taxable}. */
public record TaxJson(String code, int basisPoints, long taxable, long amount) {

    public static List<TaxJson> of(List<TaxLine> taxes) {
        return taxes.stream()
                .map(tax -> new TaxJson(tax.code(), tax.basisPoints(), tax.taxable().minorUnits(),
                        tax.amount().minorUnits()))
                .toList();
    }
}
