package dev.chit.domain.order;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.TaxRate;
import dev.chit.domain.station.StationId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line as sold: the name, unit price and options are copied from the menu at the time of
 * the sale, so that a later menu change never rewrites an order already placed. The stations
 * that make it are fixed when the order is placed, for the same reason; {@code doneAt} is when
 * the kitchen bumped it (empty while it is still to make). {@code refundedQuantity} counts the
 * items of the line refunded so far (0..quantity). {@code taxRate} is the rate its item paid when
 * it was sold (code and basis points, copied like the price); empty for a line sold before lines
 * kept their rate, which is then taken to pay the order's standard rate.
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
        int refundedQuantity,
        List<StationId> stationIds,
        Optional<Instant> doneAt,
        Optional<TaxRate> taxRate) {

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
        stationIds = List.copyOf(stationIds);
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(taxRate, "taxRate");
    }

    /** A line that does not know the rate it was sold at. */
    public OrderLine(OrderLineId id, MenuItemId menuItemId, String name, int quantity, Money unitPrice,
                     List<QuotedOption> options, Optional<String> note, Money lineTotal, int refundedQuantity,
                     List<StationId> stationIds, Optional<Instant> doneAt) {
        this(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, refundedQuantity, stationIds, doneAt,
                Optional.empty());
    }

    /** A line as sold: for no station, not done, none of it refunded. */
    public OrderLine(OrderLineId id, MenuItemId menuItemId, String name, int quantity, Money unitPrice,
                     List<QuotedOption> options, Optional<String> note, Money lineTotal) {
        this(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, 0, List.of(), Optional.empty());
    }

    /** A line for its stations, done or not, none of it refunded. */
    public OrderLine(OrderLineId id, MenuItemId menuItemId, String name, int quantity, Money unitPrice,
                     List<QuotedOption> options, Optional<String> note, Money lineTotal,
                     List<StationId> stationIds, Optional<Instant> doneAt) {
        this(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, 0, stationIds, doneAt);
    }

    /** How many of the line's items may still be refunded. */
    public int refundableQuantity() {
        return quantity - refundedQuantity;
    }

    /** The same line with {@code more} of its items refunded. */
    OrderLine withMoreRefunded(int more) {
        return new OrderLine(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal,
                refundedQuantity + more, stationIds, doneAt, taxRate);
    }

    public boolean isDone() {
        return doneAt.isPresent();
    }

    public boolean isFor(StationId station) {
        return stationIds.contains(station);
    }

    /** The line done at {@code at}, or (empty) to make again. */
    public OrderLine withDoneAt(Optional<Instant> at) {
        return new OrderLine(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, refundedQuantity,
                stationIds, at, taxRate);
    }
}
