package dev.chit.domain.menu;

import dev.chit.domain.money.Money;

import java.util.Objects;

import static dev.chit.domain.error.Checks.text;

/** A choice within a modifier group ("Extra cheese", +150). The delta may be zero or negative. */
public record ModifierOption(ModifierOptionId id, String name, Money priceDelta) {

    public ModifierOption {
        Objects.requireNonNull(id, "id");
        name = text(name, "name", 200);
        Objects.requireNonNull(priceDelta, "priceDelta");
    }
}
