package dev.chit.domain.checkout;

import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;

import java.util.List;
import java.util.Optional;

/** A cart line as priced from the menu: unit price = item price + option deltas. */
public record QuotedLine(
        MenuItemId menuItemId,
        String name,
        int quantity,
        Money unitPrice,
        List<QuotedOption> options,
        Optional<String> note,
        Money lineTotal) {

    public QuotedLine {
        options = List.copyOf(options);
    }
}
