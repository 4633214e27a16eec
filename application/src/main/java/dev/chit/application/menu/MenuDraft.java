package dev.chit.application.menu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A menu as a manager writes it: the shape guests read, with ids only on rows that exist
 * already (keeping an id keeps the row, so past orders and carts still point at it). Amounts
 * are minor units of the restaurant's currency. Nothing here is checked yet; {@link ReplaceMenu}
 * builds the domain's menu from it and reports every mistake by its place in the draft.
 */
public record MenuDraft(List<Category> categories) {

    public MenuDraft {
        categories = List.copyOf(categories);
    }

    public record Category(String name, List<Item> items) {
        public Category {
            items = List.copyOf(items);
        }
    }

    /** {@code taxCode}: one of the restaurant's tax rates; empty, the standard one. */
    public record Item(Optional<UUID> id, String name, String description, long price, boolean available,
                       List<Group> modifierGroups, Optional<String> taxCode) {
        public Item {
            Objects.requireNonNull(id, "id");
            modifierGroups = List.copyOf(modifierGroups);
            Objects.requireNonNull(taxCode, "taxCode");
        }

        public Item(Optional<UUID> id, String name, String description, long price, boolean available,
                    List<Group> modifierGroups) {
            this(id, name, description, price, available, modifierGroups, Optional.empty());
        }
    }

    public record Group(Optional<UUID> id, String name, int minSelect, int maxSelect, List<Option> options) {
        public Group {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
        }
    }

    public record Option(Optional<UUID> id, String name, long priceDelta) {
        public Option {
            Objects.requireNonNull(id, "id");
        }
    }
}
