package dev.chit.benchmarks;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.CartLine;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Carts for the {@link Bistro}'s menu: the one the benchmarks price, and varied ones for history. */
final class Carts {

    private static final Set<String> MAIN_COURSES = Set.of("Burgers", "Pizzas", "Mains");

    private Carts() {
    }

    /**
     * A family's dinner: five lines from five categories spread over the menu, thirteen options
     * in all, a note, and a tip. Subtotal 12050; every run prices exactly this cart.
     */
    static Cart typical(Menu menu, Fulfillment fulfillment) {
        return new Cart(List.of(
                line(menu, "Bacon Burger", 2, Optional.of("no pickles"), "Medium", "Cheese", "Avocado", "Onion rings"),
                line(menu, "Quattro Formaggi", 1, Optional.empty(), "16 inch", "Mushrooms", "Olives", "Rocket"),
                line(menu, "Grilled Salmon", 1, Optional.empty(), "Mashed potatoes", "Lemon butter"),
                line(menu, "Sweet Potato Fries", 1, Optional.empty(), "Garlic aioli", "Chipotle mayo"),
                line(menu, "Lemonade", 3, Optional.empty(), "Large")),
                fulfillment, 500, Optional.empty());
    }

    /** One to four lines, the first a main course (so above the minimum order), with valid options. */
    static Cart random(Menu menu, Random random, Fulfillment fulfillment) {
        List<MenuItem> mains = available(menu, true);
        List<MenuItem> anything = available(menu, false);
        List<CartLine> lines = new ArrayList<>();
        lines.add(randomLine(mains.get(random.nextInt(mains.size())), random));
        int more = random.nextInt(4);
        for (int i = 0; i < more; i++) {
            lines.add(randomLine(anything.get(random.nextInt(anything.size())), random));
        }
        return new Cart(lines, fulfillment, random.nextInt(4) * 100L, Optional.empty());
    }

    private static CartLine randomLine(MenuItem item, Random random) {
        List<ModifierOptionId> chosen = new ArrayList<>();
        for (ModifierGroup group : item.modifierGroups()) {
            int most = Math.min(group.maxSelect(), group.options().size());
            int count = group.minSelect() + random.nextInt(most - group.minSelect() + 1);
            List<ModifierOption> options = new ArrayList<>(group.options());
            for (int i = 0; i < count; i++) {
                chosen.add(options.remove(random.nextInt(options.size())).id());
            }
        }
        return new CartLine(item.id(), 1 + random.nextInt(3), chosen, Optional.empty());
    }

    private static List<MenuItem> available(Menu menu, boolean mainCoursesOnly) {
        return menu.categories().stream()
                .filter(category -> !mainCoursesOnly || MAIN_COURSES.contains(category.name()))
                .map(MenuCategory::items)
                .flatMap(List::stream)
                .filter(MenuItem::available)
                .toList();
    }

    private static CartLine line(Menu menu, String itemName, int quantity, Optional<String> note,
                                 String... optionNames) {
        MenuItem item = menu.categories().stream().flatMap(category -> category.items().stream())
                .filter(candidate -> candidate.name().equals(itemName)).findFirst().orElseThrow();
        List<ModifierOptionId> options = new ArrayList<>();
        for (String optionName : optionNames) {
            options.add(item.modifierGroups().stream().flatMap(group -> group.options().stream())
                    .filter(option -> option.name().equals(optionName)).findFirst().orElseThrow().id());
        }
        return new CartLine(item.id(), quantity, options, note);
    }
}
