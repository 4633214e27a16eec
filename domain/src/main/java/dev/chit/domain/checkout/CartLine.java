package dev.chit.domain.checkout;

import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierOptionId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guest asked for on one line, before the server prices it. Quantity, options and
 * note are checked by {@link PriceList} so that every bad line is reported at once.
 */
public record CartLine(MenuItemId menuItemId, int quantity, List<ModifierOptionId> optionIds, Optional<String> note) {

    public CartLine {
        Objects.requireNonNull(menuItemId, "menuItemId");
        optionIds = List.copyOf(optionIds);
        Objects.requireNonNull(note, "note");
    }
}
