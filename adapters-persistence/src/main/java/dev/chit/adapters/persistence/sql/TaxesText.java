package dev.chit.adapters.persistence.sql;

import dev.chit.domain.checkout.TaxLine;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A restaurant's tax rates ({@code "standard:1900;reduced:700"}) and an order's taxes
 * ({@code "standard:1900:315:50;reduced:700:450:29"}) in one column each, readable in a SQL
 * console. Columns rather than child tables because both are only ever read and written whole
 * with their row; tax codes hold no ':' or ';' ({@link TaxRate}).
 */
public final class TaxesText {

    private TaxesText() {
    }

    public static String writeRates(TaxPolicy policy) {
        return policy.rates().stream().map(rate -> rate.code() + ":" + rate.basisPoints())
                .collect(Collectors.joining(";"));
    }

    /** The rates of {@code text}; none stored: the one standard rate at {@code standardBasisPoints}. */
    public static TaxPolicy readRates(TaxMode mode, Optional<String> text, int standardBasisPoints) {
        if (text.isEmpty()) {
            return TaxPolicy.exclusive(standardBasisPoints).withMode(mode);
        }
        return new TaxPolicy(mode, Arrays.stream(text.get().split(";"))
                .map(part -> part.split(":"))
                .map(field -> new TaxRate(field[0], Integer.parseInt(field[1])))
                .toList());
    }

    public static String writeTaxes(List<TaxLine> taxes) {
        return taxes.stream()
                .map(tax -> tax.code() + ":" + tax.basisPoints() + ":" + tax.taxable().minorUnits() + ":"
                        + tax.amount().minorUnits())
                .collect(Collectors.joining(";"));
    }

    public static List<TaxLine> readTaxes(String text, Currency currency) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(";"))
                .map(part -> part.split(":"))
                .map(field -> new TaxLine(field[0], Integer.parseInt(field[1]),
                        Money.of(Long.parseLong(field[2]), currency), Money.of(Long.parseLong(field[3]), currency)))
                .toList();
    }
}
