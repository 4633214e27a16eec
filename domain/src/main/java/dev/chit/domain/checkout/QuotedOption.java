package dev.chit.domain.checkout;

import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;

/** An option as priced: the name and delta it was sold at, kept on the order for good. */
public record QuotedOption(ModifierOptionId id, String name, Money priceDelta) {
}
