package dev.chit.domain.menu;

import dev.chit.domain.restaurant.RestaurantId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A restaurant's menu: categories of items, in the order guests see them. */
public record Menu(RestaurantId restaurantId, List<MenuCategory> categories) {

    public Menu {
        Objects.requireNonNull(restaurantId, "restaurantId");
        categories = List.copyOf(categories);
    }

    public Optional<MenuItem> item(MenuItemId itemId) {
        return categories.stream()
                .flatMap(category -> category.items().stream())
                .filter(item -> item.id().equals(itemId))
                .findFirst();
    }
}
