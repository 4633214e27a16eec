package dev.chit.domain.order;

import dev.chit.domain.checkout.QuotedOption;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;
import dev.chit.domain.station.StationId;

import java.time.Instant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line as sold: the name, unit price and options are copied from the menu at the time of
 * the sale, so that a later menu change never rewrites an order already placed. The stations
 * that make it are fixed when the order is placed, for the same reason; {@code doneAt} is when
 * the kitchen bumped it (empty while it is still to make).
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
        List<StationId> stationIds,
        Optional<Instant> doneAt) {

    /** A line for no station, not done. */
    public OrderLine(OrderLineId id, MenuItemId menuItemId, String name, int quantity, Money unitPrice,
                     List<QuotedOption> options, Optional<String> note, Money lineTotal) {
        this(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, List.of(), Optional.empty());
    }

    public OrderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(menuItemId, "menuItemId");
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        Objects.requireNonNull(note, "note");
        if (!unitPrice.times(quantity).equals(lineTotal)) {
            throw new IllegalArgumentException("line total " + lineTotal + " is not " + quantity + " x " + unitPrice);
        }
        stationIds = List.copyOf(stationIds);
        Objects.requireNonNull(doneAt, "doneAt");
    }

    public boolean isDone() {
        return doneAt.isPresent();
    }

    public boolean isFor(StationId station) {
        return stationIds.contains(station);
    }

    /** The line done at {@code at}, or (empty) to make again. */
    public OrderLine withDoneAt(Optional<Instant> at) {
        return new OrderLine(id, menuItemId, name, quantity, unitPrice, options, note, lineTotal, stationIds, at);
    }
}
