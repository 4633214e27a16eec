package dev.chit.bootstrap;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.port.Menus;
import dev.chit.domain.port.PasswordHasher;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Stations;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import dev.chit.domain.station.KitchenStations;
import dev.chit.domain.station.Station;
import dev.chit.domain.station.StationId;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A demo restaurant with a realistic menu and a manager account, so that a first start shows
 * something to order from. Its ids are fixed so that the README's curl tour works as written.
 */
final class DemoData {

    static final RestaurantId RESTAURANT = new RestaurantId(UUID.fromString("01936b2a-4c00-7000-8000-000000000001"));
    static final String MANAGER_EMAIL = "manager@demo.chit.local";
    static final String MANAGER_PASSWORD = "chit-demo-manager";

    private static final Currency USD = Currency.getInstance("USD");

    private final Restaurants restaurants;
    private final Menus menus;
    private final Stations stations;
    private final Users users;
    private final PasswordHasher passwords;
    private final Transactions transactions;

    DemoData(Restaurants restaurants, Menus menus, Stations stations, Users users, PasswordHasher passwords,
             Transactions transactions) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.stations = stations;
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    /** Seeds the demo unless any restaurant exists already; returns whether it seeded. */
    boolean seedIfEmpty() {
        return transactions.inTransaction(() -> {
            if (!restaurants.all().isEmpty()) {
                return false;
            }
            restaurants.add(restaurant());
            menus.replace(menu());
            stations.replace(stations());
            User manager = new User(new UserId(id(900)), MANAGER_EMAIL, "Dana Demo", false,
                    List.of(new Membership(RESTAURANT, Role.MANAGER)));
            users.add(manager, passwords.hash(MANAGER_PASSWORD));
            return true;
        });
    }

    static Restaurant restaurant() {
        var settings = new RestaurantSettings(true, 15, 10, Optional.empty(), 887,
                Money.of(1000, USD), Money.of(399, USD), 0, false,
                Optional.empty(), 0, Optional.empty(), Optional.of(120), 3);
        return new Restaurant(RESTAURANT, "Harbour Lane Kitchen", Optional.of("12 Harbour Lane, Brooklyn, NY 11201, USA"),
                USD, ZoneId.of("America/New_York"), settings);
    }

    /** A grill (burgers, and every line no other station names), a bar for drinks, and expo. */
    static KitchenStations stations() {
        return new KitchenStations(RESTAURANT, List.of(
                new Station(new StationId(id(950)), "Grill", Set.of("Burgers"), Set.of(), true, false),
                new Station(new StationId(id(951)), "Bar", Set.of("Drinks"), Set.of(), false, false),
                new Station(new StationId(id(952)), "Expo", Set.of(), Set.of(), false, true)));
    }

    static Menu menu() {
        return new Menu(RESTAURANT, List.of(
                new MenuCategory("Burgers", List.of(
                        item(101, "Harbour Burger", "Dry-aged beef, cheddar, pickles, house sauce", 1450,
                                List.of(doneness(), burgerExtras(1))),
                        item(102, "Crispy Chicken Sandwich", "Buttermilk fried chicken, slaw, hot honey", 1350,
                                List.of(burgerExtras(2))),
                        item(103, "Garden Burger", "Black bean and beet patty, avocado, sprouts", 1300,
                                List.of(burgerExtras(3))))),
                new MenuCategory("Sides", List.of(
                        item(201, "Fries", "Hand-cut, sea salt", 500, List.of(dip())),
                        item(202, "Onion Rings", "Beer-battered", 600, List.of()),
                        item(203, "Side Salad", "Little gems, lemon vinaigrette", 550, List.of()))),
                new MenuCategory("Drinks", List.of(
                        item(301, "Lemonade", "Squeezed to order", 400, List.of(size())),
                        item(302, "Cold Brew", "Single origin, 16 oz", 450, List.of()),
                        item(303, "Sparkling Water", "500 ml bottle", 300, List.of()))),
                new MenuCategory("Desserts", List.of(
                        item(401, "Salted Caramel Shake", "Vanilla soft serve, caramel, flaky salt", 750, List.of()),
                        new MenuItem(new MenuItemId(id(402)), "Key Lime Pie", "Sold out for today",
                                Money.of(650, USD), false, List.of())))));
    }

    private static MenuItem item(int n, String name, String description, long price, List<ModifierGroup> groups) {
        return new MenuItem(new MenuItemId(id(n)), name, description, Money.of(price, USD), true, groups);
    }

    private static ModifierGroup doneness() {
        return new ModifierGroup(new ModifierGroupId(id(1101)), "Doneness", 1, 1, List.of(
                option(1111, "Medium rare", 0), option(1112, "Medium", 0), option(1113, "Well done", 0)));
    }

    // Each item gets its own extras group: a group belongs to one item, as a menu editor shows it.
    private static ModifierGroup burgerExtras(int itemSeries) {
        int base = 1200 + itemSeries * 10;
        return new ModifierGroup(new ModifierGroupId(id(base)), "Extras", 0, 3, List.of(
                option(base + 1, "Extra cheese", 150), option(base + 2, "Bacon", 250),
                option(base + 3, "Avocado", 200), option(base + 4, "Fried egg", 175)));
    }

    private static ModifierGroup dip() {
        return new ModifierGroup(new ModifierGroupId(id(2101)), "Dip", 0, 2, List.of(
                option(2111, "Garlic aioli", 75), option(2112, "Chipotle mayo", 75), option(2113, "Ketchup", 0)));
    }

    private static ModifierGroup size() {
        return new ModifierGroup(new ModifierGroupId(id(3101)), "Size", 1, 1, List.of(
                option(3111, "Regular", 0), option(3112, "Large", 150)));
    }

    private static ModifierOption option(int n, String name, long delta) {
        return new ModifierOption(new ModifierOptionId(id(n)), name, Money.of(delta, USD));
    }

    /** Readable fixed ids: 01936b2a-4c00-7000-8000-00000000NNNN. */
    static UUID id(int n) {
        return UUID.fromString("01936b2a-4c00-7000-8000-%012d".formatted(n));
    }
}
