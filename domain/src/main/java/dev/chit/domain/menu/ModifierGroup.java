package dev.chit.domain.menu;

import dev.chit.domain.error.InvalidInput;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.text;

/**
 * A set of options of which a guest picks between {@code minSelect} and {@code maxSelect}
 * ("Choose a side", exactly one; "Toppings", up to five).
 */
public record ModifierGroup(ModifierGroupId id, String name, int minSelect, int maxSelect, List<ModifierOption> options) {

    public ModifierGroup {
        Objects.requireNonNull(id, "id");
        name = text(name, "name", 200);
        options = List.copyOf(options);
        if (minSelect < 0 || maxSelect < 1 || minSelect > maxSelect) {
            throw new InvalidInput("modifierGroups.minSelect", "out-of-range",
                    "a modifier group needs 0 <= minSelect <= maxSelect and maxSelect >= 1");
        }
        if (minSelect > options.size()) {
            throw new InvalidInput("modifierGroups.minSelect", "out-of-range",
                    "group '" + name + "' requires more choices than it offers");
        }
    }

    public Optional<ModifierOption> option(ModifierOptionId optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }
}
