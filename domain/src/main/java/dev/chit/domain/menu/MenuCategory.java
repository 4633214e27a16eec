package dev.chit.domain.menu;

import java.util.List;

import static dev.chit.domain.error.Checks.text;

/** A heading on the menu ("Burgers", "Drinks") and its items, in the order shown. */
public record MenuCategory(String name, List<MenuItem> items) {

    public MenuCategory {
        name = text(name, "name", 200);
        items = List.copyOf(items);
    }
}
