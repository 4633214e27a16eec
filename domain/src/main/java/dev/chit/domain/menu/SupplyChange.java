package dev.chit.domain.menu;

import dev.chit.domain.error.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What staff change of an item's supply (API.md: {@code PATCH .../menu/items/{itemId}}), each part
 * empty when it stays as it is: whether it is {@code available}, until when it is sold out
 * ({@code availableAgainAt}, an empty inner value: until someone says so) and the portions left
 * ({@code stock}, an empty inner value: not counted).
 */
public record SupplyChange(Optional<Boolean> available, Optional<Optional<Instant>> availableAgainAt,
                           Optional<OptionalInt> stock) {

    /** More portions than any kitchen counts: a typo, not a stock. */
    public static final int MAX_STOCK = 100_000;

    public SupplyChange {
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(availableAgainAt, "availableAgainAt");
        Objects.requireNonNull(stock, "stock");
    }

    /**
     * The change a request asks for, each part {@code null} when it was left out, made whole:
     * a time to come back at makes the item sold out until then; {@code available} alone (true
     * or false) forgets any such time (false: sold out until someone says so).
     *
     * @param againAtNamed whether the request named {@code availableAgainAt} (its value may be null)
     * @param stockNamed   whether the request named {@code stock} (its value may be null)
     * @throws InvalidInput naming {@code stock} below 0 or above {@link #MAX_STOCK}, a time to
     *                      come back at that is not in the future, or one given with {@code available: true}
     */
    public static SupplyChange asked(Boolean available, boolean againAtNamed, Instant againAt,
                                     boolean stockNamed, Integer stock, Instant now) {
        if (stockNamed && stock != null && (stock < 0 || stock > MAX_STOCK)) {
            throw new InvalidInput("stock", "out-of-range", "stock must be between 0 and " + MAX_STOCK);
        }
        Optional<OptionalInt> newStock = stockNamed
                ? Optional.of(stock == null ? OptionalInt.empty() : OptionalInt.of(stock))
                : Optional.empty();
        if (againAtNamed && againAt != null) {
            if (Boolean.TRUE.equals(available)) {
                throw new InvalidInput("availableAgainAt", "conflicts-with-available",
                        "an item available now cannot come back at a time; leave availableAgainAt out");
            }
            if (!againAt.isAfter(now)) {
                throw new InvalidInput("availableAgainAt", "not-in-future", "availableAgainAt must be in the future");
            }
            return new SupplyChange(Optional.of(false), Optional.of(Optional.of(againAt)), newStock);
        }
        if (againAtNamed) {
            // null: sold out until someone says so, unless the request makes it available.
            return new SupplyChange(Optional.of(available != null && available), Optional.of(Optional.empty()),
                    newStock);
        }
        return new SupplyChange(Optional.ofNullable(available),
                available == null ? Optional.empty() : Optional.of(Optional.empty()), newStock);
    }

    public boolean changesNothing() {
        return available.isEmpty() && availableAgainAt.isEmpty() && stock.isEmpty();
    }
}
