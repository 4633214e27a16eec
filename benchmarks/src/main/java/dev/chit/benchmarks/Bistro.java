package dev.chit.benchmarks;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The restaurant the benchmarks order from: a busy neighbourhood bistro with a menu of 60
 * items in six categories, most of them with modifier groups (doneness, sides, extras, sizes,
 * toppings), one sold out, in US dollars with New York sales tax, a service fee, a minimum
 * order and a delivery fee. A smaller menu would flatter pricing, which looks items up by id.
 * Ids are derived from names, so every run prices the same menu.
 */
final class Bistro {

    static final RestaurantId ID = new RestaurantId(idOf("restaurant:Bistro Benchmark"));
    static final Currency USD = Currency.getInstance("USD");

    /** Lunch and dinner, every day, in New York time. */
    static final OpeningHours LUNCH_AND_DINNER = new OpeningHours(Arrays.stream(DayOfWeek.values())
            .flatMap(day -> Stream.of(
                    OpeningPeriod.of(day, "11:30", "15:00"), OpeningPeriod.of(day, "17:00", "23:00")))
            .toList());

    private Bistro() {
    }

    /** The bistro with the given hours; empty means open around the clock. */
    static Restaurant restaurant(Optional<OpeningHours> hours) {
        var settings = new RestaurantSettings(true, 20, 10, hours, 887,
                Money.of(1000, USD), Money.of(399, USD), 250, false,
                Optional.empty(), 0, Optional.empty(), Optional.empty(), 3);
        return new Restaurant(ID, "Bistro Benchmark", Optional.of("200 Court Street, Brooklyn, NY 11201, USA"), USD,
                ZoneId.of("America/New_York"), settings);
    }

    static Menu menu() {
        return new Menu(ID, List.of(
                new MenuCategory("Starters", List.of(
                        starter("Burrata", 1250), starter("Fried Calamari", 1350), starter("Bruschetta", 950),
                        starter("Soup of the Day", 850), starter("Chicken Wings", 1150), starter("Nachos", 1250),
                        starter("Caesar Salad", 1100), starter("Spring Rolls", 900), starter("Garlic Bread", 650),
                        starter("Hummus Plate", 950))),
                new MenuCategory("Burgers", List.of(
                        burger("Classic Burger", 1450), burger("Cheeseburger", 1550), burger("Bacon Burger", 1650),
                        burger("Mushroom Swiss", 1600), burger("BBQ Burger", 1650), burger("Chicken Burger", 1500),
                        burger("Veggie Burger", 1400), burger("Fish Burger", 1550), burger("Double Smash", 1850),
                        burger("Blue Cheese Burger", 1700))),
                new MenuCategory("Pizzas", List.of(
                        pizza("Margherita", 1400), pizza("Pepperoni", 1600), pizza("Quattro Formaggi", 1750),
                        pizza("Funghi", 1550), pizza("Diavola", 1650), pizza("Capricciosa", 1700),
                        pizza("Hawaiian", 1600), pizza("Vegetariana", 1550), pizza("Prosciutto", 1800),
                        pizza("Calzone", 1650))),
                new MenuCategory("Mains", List.of(
                        main("Ribeye Steak", 3400), main("Grilled Salmon", 2600), main("Roast Chicken", 2200),
                        main("Pork Chop", 2400), soldOut("Lamb Shank", 2900), main("Fish and Chips", 1950),
                        main("Mushroom Risotto", 1900), main("Lasagne", 1850), main("Pad Thai", 1750),
                        main("Chicken Curry", 1800))),
                new MenuCategory("Sides", List.of(
                        side("Fries", 500), side("Sweet Potato Fries", 600), side("Onion Rings", 600),
                        side("Side Salad", 550), side("Coleslaw", 400), side("Mashed Potatoes", 550),
                        side("Grilled Vegetables", 650), side("Mac and Cheese", 700), side("Rice", 350),
                        side("Corn on the Cob", 450))),
                new MenuCategory("Drinks and Desserts", List.of(
                        drink("Lemonade", 400), drink("Iced Tea", 400), drink("Cola", 350),
                        drink("Sparkling Water", 300), drink("Craft Beer", 800), drink("House Wine", 1000),
                        dessert("Cheesecake", 850), dessert("Brownie", 750), dessert("Tiramisu", 900),
                        dessert("Ice Cream", 600)))));
    }

    private static MenuItem starter(String name, long price) {
        return item(name, price, true,
                group(name, "Portion", 0, 1, choice("Sharing size", 600)),
                group(name, "Dip", 0, 2, choice("Aioli", 100), choice("Salsa", 100), choice("Ranch", 100)));
    }

    private static MenuItem burger(String name, long price) {
        return item(name, price, true,
                group(name, "Doneness", 1, 1, choice("Medium rare", 0), choice("Medium", 0), choice("Well done", 0)),
                group(name, "Extras", 0, 3, choice("Cheese", 150), choice("Bacon", 250), choice("Avocado", 200),
                        choice("Fried egg", 175), choice("Jalapenos", 75)),
                group(name, "Side", 1, 1, choice("Fries", 0), choice("Salad", 0), choice("Onion rings", 150)));
    }

    private static MenuItem pizza(String name, long price) {
        return item(name, price, true,
                group(name, "Size", 1, 1, choice("12 inch", 0), choice("16 inch", 500)),
                group(name, "Toppings", 0, 5, choice("Mushrooms", 150), choice("Olives", 100),
                        choice("Rocket", 100), choice("Anchovies", 200), choice("Salami", 250),
                        choice("Peppers", 100), choice("Extra mozzarella", 200), choice("Chili oil", 50)),
                group(name, "Crust", 0, 1, choice("Gluten-free", 300)));
    }

    private static MenuItem main(String name, long price) {
        return item(name, price, true, mainGroups(name));
    }

    private static MenuItem soldOut(String name, long price) {
        return item(name, price, false, mainGroups(name));
    }

    private static ModifierGroup[] mainGroups(String name) {
        return new ModifierGroup[] {
                group(name, "Side", 1, 1, choice("Fries", 0), choice("Mashed potatoes", 0), choice("Greens", 0)),
                group(name, "Sauce", 0, 1, choice("Peppercorn", 200), choice("Lemon butter", 150),
                        choice("Chimichurri", 200))};
    }

    private static MenuItem side(String name, long price) {
        return item(name, price, true,
                group(name, "Dip", 0, 2, choice("Garlic aioli", 75), choice("Chipotle mayo", 75),
                        choice("Ketchup", 0)));
    }

    private static MenuItem drink(String name, long price) {
        return item(name, price, true, group(name, "Size", 1, 1, choice("Regular", 0), choice("Large", 150)));
    }

    private static MenuItem dessert(String name, long price) {
        return item(name, price, true,
                group(name, "Toppings", 0, 2, choice("Whipped cream", 100), choice("Berries", 200),
                        choice("Chocolate sauce", 100)));
    }

    private record Choice(String name, long delta) {
    }

    private static Choice choice(String name, long delta) {
        return new Choice(name, delta);
    }

    private static MenuItem item(String name, long price, boolean available, ModifierGroup... groups) {
        return new MenuItem(new MenuItemId(idOf("item:" + name)), name, "", Money.of(price, USD), available,
                List.of(groups));
    }

    // Each item has groups of its own, as the menu editor makes them; ids follow from the names.
    private static ModifierGroup group(String item, String name, int min, int max, Choice... choices) {
        String path = item + "/" + name;
        List<ModifierOption> options = new ArrayList<>();
        for (Choice choice : choices) {
            options.add(new ModifierOption(new ModifierOptionId(idOf("option:" + path + "/" + choice.name())),
                    choice.name(), Money.of(choice.delta(), USD)));
        }
        return new ModifierGroup(new ModifierGroupId(idOf("group:" + path)), name, min, max, options);
    }

    private static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
