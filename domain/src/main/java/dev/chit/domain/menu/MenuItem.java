package dev.chit.domain.menu;

import dev.chit.domain.error.Checks;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.text;

/**
 * Something a guest can order, at {@code price}, shaped by its modifier groups.
 *
 * @param taxCode the restaurant's tax rate it pays; empty: the standard rate
 */
public record MenuItem(
        MenuItemId id,
        String name,
        String description,
        Money price,
        boolean available,
        List<ModifierGroup> modifierGroups,
        Optional<String> taxCode) {

    /** An item taxed at the restaurant's standard rate. */
    public MenuItem(MenuItemId id, String name, String description, Money price, boolean available,
                    List<ModifierGroup> modifierGroups) {
        this(id, name, description, price, available, modifierGroups, Optional.empty());
    }

    public MenuItem {
        Objects.requireNonNull(id, "id");
        name = text(name, "name", 200);
        description = Checks.boundedText(description == null ? "" : description.strip(), "description", 1000);
        Objects.requireNonNull(price, "price");
        Checks.notNegative(price.minorUnits(), "price");
        modifierGroups = List.copyOf(modifierGroups);
        Objects.requireNonNull(taxCode, "taxCode");
        if (price.minorUnits() + largestDiscount(modifierGroups) < 0) {
            throw new InvalidInput("price", "negative-with-options",
                    name + " would cost less than nothing with some choice of its options");
        }
    }

    // The most a guest could take off the price: in each group, as many of the most negative
    // deltas as the group lets them choose.
    private static long largestDiscount(List<ModifierGroup> groups) {
        return groups.stream()
                .mapToLong(group -> group.options().stream()
                        .mapToLong(option -> option.priceDelta().minorUnits())
                        .filter(delta -> delta < 0)
                        .sorted()
                        .limit(group.maxSelect())
                        .sum())
                .sum();
    }

    /** The group that offers {@code optionId}, with the option itself. */
    public Optional<GroupedOption> findOption(ModifierOptionId optionId) {
        for (ModifierGroup group : modifierGroups) {
            Optional<ModifierOption> option = group.option(optionId);
            if (option.isPresent()) {
                return Optional.of(new GroupedOption(group, option.get()));
            }
        }
        return Optional.empty();
    }

    public record GroupedOption(ModifierGroup group, ModifierOption option) {
    }
}
