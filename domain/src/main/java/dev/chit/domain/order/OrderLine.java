package dev.chit.domain.order;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line as sold: the name, unit price and options are copied from the menu at the time of
 * the sale, so that a later menu change never rewrites an order already placed.
 */
public record OrderLine(
        OrderLineId id,
        MenuItemId menuItemId,
        String name,
        int quantity,
        Money unitPrice,
        List<QuotedOption> options,
        Optional<String> note,
        Money lineTotal) {

    public OrderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(menuItemId, "menuItemId");
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(note, "note");
        if (!unitPrice.times(quantity).equals(lineTotal)) {
            throw new IllegalArgumentException("line total " + lineTotal + " is not " + quantity + " x " + unitPrice);
        }
    }
}
