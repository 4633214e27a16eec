package dev.chit.domain.menu;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much of an item is left: {@code stock}, the portions left when the kitchen counts them
 * (empty: not counted), and {@code availableAgainAt}, when an item sold out for a while comes
 * back by itself (empty: it is not sold out for a time).
 */
public record ItemSupply(MenuItemId itemId, OptionalInt stock, Optional<Instant> availableAgainAt) {

    public ItemSupply {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(availableAgainAt, "availableAgainAt");
    }

    /** Counted, and none left: the item is sold out whatever its {@code available} says. */
    public boolean soldOut() {
        return stock.isPresent() && stock.getAsInt() == 0;
    }

    /** Whether {@code quantity} more can be sold (always, when the portions are not counted). */
    public boolean has(int quantity) {
        return stock.isEmpty() || stock.getAsInt() >= quantity;
    }
}
