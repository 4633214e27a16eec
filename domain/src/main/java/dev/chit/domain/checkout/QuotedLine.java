package dev.chit.domain.checkout;

import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.TaxRate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cart line as priced from the menu: unit price = item price + option deltas; {@code taxRate}
 * is the rate its item pays (empty where the pricing did not say, e.g. in older tests).
 */
public record QuotedLine(
        MenuItemId menuItemId,
        String name,
        int quantity,
        Money unitPrice,
        List<QuotedOption> options,
        Optional<String> note,
        Money lineTotal,
        Optional<TaxRate> taxRate) {

    public QuotedLine {
        options = List.copyOf(options);
        Objects.requireNonNull(taxRate, "taxRate");
    }

    /** A line priced without naming its rate. */
    public QuotedLine(MenuItemId menuItemId, String name, int quantity, Money unitPrice, List<QuotedOption> options,
                      Optional<String> note, Money lineTotal) {
        this(menuItemId, name, quantity, unitPrice, options, note, lineTotal, Optional.empty());
    }
}
