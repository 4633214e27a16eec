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
 * {@code refundedQuantity} counts the items of the line refunded so far (0..quantity).
 */
public record OrderLine(
        OrderLineId id,
        MenuItemId menuItemId,
        String name,
        int quantity,
        Money unitPrice,
        List<QuotedOption> options,
        Optional<String> note,
        Money lineTotal,
        int refundedQuantity) {

    public OrderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(menuItemId, "menuItemId");
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(note, "note");
        if (!unitPrice.times(quantity).equals(lineTotal)) {
            throw new IllegalArgumentException("line total " + lineTotal + " is not " + quantity + " x " + unitPrice);
        }
        if (refundedQuantity < 0 || refundedQuantity > quantity) {
            throw new IllegalArgumentException("refunded quantity " + refundedQuantity + " is not within 0.." + quantity);
        }
    }

    /** A line as sold, none of it refunded. */
    public OrderLine(OrderLineId id, MenuItemId menuItemId, String name, int quantity, Money unitPrice,
                     List<QuotedOption> options, Optional<String> note, Money lineTotal) {
        this(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, 0);
    }

    /** How many of the line's items may still be refunded. */
    public int refundableQuantity() {
        return quantity - refundedQuantity;
    }

    /** The same line with {@code more} of its items refunded. */
    OrderLine withMoreRefunded(int more) {
        return new OrderLine(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal,
                refundedQuantity + more);
    }
}
