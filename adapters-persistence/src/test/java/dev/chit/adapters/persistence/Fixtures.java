package dev.chit.adapters.persistence;

import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.CartLine;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Customer;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderLineId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.station.StationRouting;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for the repository contracts: restaurants with a small menu, and orders placed
 * the way the application places them (priced by {@link PriceList}, made by
 * {@link Order#place}).
 */
final class Fixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    /** An instant with microseconds, to see them survive a round trip. */
    static final Instant NOON = Instant.parse("2026-11-25T12:00:00.123456Z");

    private static final AtomicInteger RESTAURANTS = new AtomicInteger();

    private final Database database;

    Fixtures(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** A new restaurant, stored, always open, with a standard menu stored too. */
    Kitchen kitchen() {
        Restaurant restaurant = restaurant("Trattoria " + RESTAURANTS.incrementAndGet());
        database.restaurants().add(restaurant);
        Menu menu = standardMenu(restaurant.id());
        database.menus().replace(menu);
        return new Kitchen(restaurant, menu);
    }

    /** A new restaurant as {@link #kitchen()}, in {@code zone}. */
    Kitchen kitchen(ZoneId zone) {
        Restaurant rome = restaurant("Kitchen " + RESTAURANTS.incrementAndGet());
        Restaurant restaurant = new Restaurant(rome.id(), rome.name(), rome.address(), rome.currency(), zone,
                rome.settings());
        database.restaurants().add(restaurant);
        Menu menu = standardMenu(restaurant.id());
        database.menus().replace(menu);
        return new Kitchen(restaurant, menu);
    }

    static Restaurant restaurant(String name) {
        RestaurantSettings settings = new RestaurantSettings(true, 15, 10, Optional.empty(), 1000,
                Money.zero(EUR), Money.of(350, EUR), 250, false, Optional.empty(), 0, Optional.empty(),
                Optional.empty(), 3);
        return new Restaurant(new RestaurantId(UUID.randomUUID()), name, Optional.of("Via Roma 1, Milano"), EUR,
                ZoneId.of("Europe/Rome"), settings);
    }

    /** Burgers (a cheeseburger with extras, fries) and drinks (cola). */
    static Menu standardMenu(RestaurantId restaurantId) {
        ModifierGroup extras = new ModifierGroup(new ModifierGroupId(UUID.randomUUID()), "Extras", 0, 2, List.of(
                new ModifierOption(new ModifierOptionId(UUID.randomUUID()), "Bacon", Money.of(200, EUR)),
                new ModifierOption(new ModifierOptionId(UUID.randomUUID()), "Fried egg", Money.of(100, EUR))));
        MenuItem cheeseburger = new MenuItem(new MenuItemId(UUID.randomUUID()), "Cheeseburger",
                "Two patties, cheddar", Money.of(1250, EUR), true, List.of(extras));
        MenuItem fries = new MenuItem(new MenuItemId(UUID.randomUUID()), "Fries", "", Money.of(450, EUR), true,
                List.of());
        MenuItem cola = new MenuItem(new MenuItemId(UUID.randomUUID()), "Cola", "33 cl", Money.of(300, EUR), true,
                List.of());
        return new Menu(restaurantId, List.of(new MenuCategory("Burgers", List.of(cheeseburger, fries)),
                new MenuCategory("Drinks", List.of(cola))));
    }

    /** A restaurant and its menu, where orders are placed. */
    final class Kitchen {

        final Restaurant restaurant;
        final Menu menu;

        Kitchen(Restaurant restaurant, Menu menu) {
            this.restaurant = restaurant;
            this.menu = menu;
        }

        RestaurantId id() {
            return restaurant.id();
        }

        MenuItem item(String name) {
            return menu.categories().stream().flatMap(category -> category.items().stream())
                    .filter(item -> item.name().equals(name)).findFirst().orElseThrow();
        }

        ModifierOption option(String itemName, String optionName) {
            return item(itemName).modifierGroups().stream().flatMap(group -> group.options().stream())
                    .filter(option -> option.name().equals(optionName)).findFirst().orElseThrow();
        }

        OrderBuilder order() {
            return new OrderBuilder(this);
        }
    }

    /** An order to place: one cola for Anna at noon, unless told otherwise. */
    final class OrderBuilder {

        private final Kitchen kitchen;
        private final List<CartLine> lines = new ArrayList<>();
        private Fulfillment fulfillment = Fulfillment.pickup();
        private Customer customer = new Customer("Anna Rossi", "anna@example.org", Optional.of("+39 02 1234 5678"));
        private Optional<String> notes = Optional.empty();
        private Optional<Instant> scheduledFor = Optional.empty();
        private long tip;
        private Instant placedAt = NOON;

        OrderBuilder(Kitchen kitchen) {
            this.kitchen = kitchen;
        }

        OrderBuilder line(String itemName, int quantity, String... optionNames) {
            List<ModifierOptionId> options = new ArrayList<>();
            for (String optionName : optionNames) {
                options.add(kitchen.option(itemName, optionName).id());
            }
            lines.add(new CartLine(kitchen.item(itemName).id(), quantity, options, Optional.empty()));
            return this;
        }

        OrderBuilder lineWithNote(String itemName, int quantity, String note) {
            lines.add(new CartLine(kitchen.item(itemName).id(), quantity, List.of(), Optional.of(note)));
            return this;
        }

        OrderBuilder delivery(String address) {
            fulfillment = Fulfillment.delivery(DeliveryAddress.of(address, "Brooklyn", "11201", "US"));
            return this;
        }

        OrderBuilder deliveredTo(DeliveryAddress address) {
            fulfillment = Fulfillment.delivery(address);
            return this;
        }

        OrderBuilder dineIn(String table) {
            fulfillment = Fulfillment.dineIn(table);
            return this;
        }

        OrderBuilder customer(String name, String email, Optional<String> phone) {
            customer = new Customer(name, email, phone);
            return this;
        }

        /** The same guest, ordering in {@code language}. */
        OrderBuilder inLanguage(GuestLanguage language) {
            customer = new Customer(customer.name(), customer.email(), customer.phone(), language);
            return this;
        }

        OrderBuilder notes(String text) {
            notes = Optional.of(text);
            return this;
        }

        OrderBuilder scheduledFor(Instant at) {
            scheduledFor = Optional.of(at);
            return this;
        }

        OrderBuilder tip(long minorUnits) {
            tip = minorUnits;
            return this;
        }

        OrderBuilder placedAt(Instant at) {
            placedAt = at;
            return this;
        }

        /** The quote the application would make, ready for {@link Order#place}. */
        Quote quote() {
            List<CartLine> cartLines = lines.isEmpty()
                    ? List.of(new CartLine(kitchen.item("Cola").id(), 1, List.of(), Optional.empty()))
                    : lines;
            return new PriceList(kitchen.restaurant, kitchen.menu)
                    .quote(new Cart(cartLines, fulfillment, tip, scheduledFor), placedAt);
        }

        /** Makes the order with {@code number}, without storing it. */
        Order build(long number) {
            return Order.place(new OrderId(UUID.randomUUID()), number, quote(), customer, notes,
                    PaymentStatus.AUTHORIZED, Actor.customer(), () -> new OrderLineId(UUID.randomUUID()),
                    placedAt).order();
        }

        /** Stores the order as one waiting for the guest's bank (3-D Secure): no number yet. */
        Order awaitPayment() {
            Order order = Order.awaitingAuthentication(new OrderId(UUID.randomUUID()), quote(), customer, notes,
                    Actor.customer(), () -> new OrderLineId(UUID.randomUUID()), StationRouting.NONE, placedAt);
            database.transactions().inTransaction(() -> {
                database.orders().add(order);
                return null;
            });
            return order;
        }

        /** Places the order as the application does: number and order in one transaction. */
        Order place() {
            return database.transactions().inTransaction(() -> {
                Order order = build(database.orders().nextNumber(kitchen.id()));
                database.orders().add(order);
                return order;
            });
        }
    }

    static Instant minutesAfterNoon(long minutes) {
        return NOON.plus(minutes, ChronoUnit.MINUTES);
    }
}
