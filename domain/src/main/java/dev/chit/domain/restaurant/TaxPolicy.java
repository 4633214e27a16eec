package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a restaurant taxes what it sells: its mode and up to {@value #MAX_RATES} rates. The first
 * rate is the standard one: it taxes the items that name no rate of their own and the service
 * fee, and it is the rate the older setting {@code taxRateBasisPoints} names.
 */
public record TaxPolicy(TaxMode mode, List<TaxRate> rates) {

    public static final int MAX_RATES = 5;
    /** The code of the one rate of a restaurant that never named its rates. */
    public static final String STANDARD_CODE = "standard";

    public TaxPolicy {
        Objects.requireNonNull(mode, "taxMode");
        rates = List.copyOf(rates);
        if (rates.isEmpty() || rates.size() > MAX_RATES) {
            throw new InvalidInput("taxRates", "out-of-range", "taxRates holds 1 to " + MAX_RATES + " rates");
        }
        Set<String> codes = new HashSet<>();
        for (TaxRate rate : rates) {
            if (!codes.add(rate.code().toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("taxRates", "duplicate-code", "tax code " + rate.code() + " is named twice");
            }
        }
    }

    /** One rate added on top of prices: how every restaurant was taxed before rates had codes. */
    public static TaxPolicy exclusive(int basisPoints) {
        return new TaxPolicy(TaxMode.EXCLUSIVE, List.of(new TaxRate(STANDARD_CODE, basisPoints)));
    }

    public TaxRate standard() {
        return rates.getFirst();
    }

    public boolean included() {
        return mode == TaxMode.INCLUSIVE;
    }

    /** The rate called {@code code} (case aside), if the restaurant has it. */
    public Optional<TaxRate> rate(String code) {
        return rates.stream().filter(rate -> rate.hasCode(code)).findFirst();
    }

    /** The rate an item naming {@code code} pays: that rate, or the standard one for an item naming none (or one since removed). */
    public TaxRate rateFor(Optional<String> code) {
        return code.flatMap(this::rate).orElse(standard());
    }

    public TaxPolicy withMode(TaxMode newMode) {
        return new TaxPolicy(newMode, rates);
    }

    public TaxPolicy withRates(List<TaxRate> newRates) {
        return new TaxPolicy(mode, newRates);
    }

    /** This policy with the standard rate at {@code basisPoints}, the others as they are. */
    public TaxPolicy withStandardBasisPoints(int basisPoints) {
        List<TaxRate> changed = new java.util.ArrayList<>(rates);
        changed.set(0, new TaxRate(standard().code(), basisPoints));
        return new TaxPolicy(mode, changed);
    }
}
