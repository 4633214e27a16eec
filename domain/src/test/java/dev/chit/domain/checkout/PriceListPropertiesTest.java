package dev.chit.domain.checkout;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuCategory;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.menu.ModifierGroup;
import dev.chit.domain.menu.ModifierGroupId;
import dev.chit.domain.menu.ModifierOption;
import dev.chit.domain.menu.ModifierOptionId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.testing.RestaurantBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** For any valid cart on any sensible menu and settings, the amounts add up and none is negative. */
class PriceListPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    /** A generated restaurant, its menu and a valid cart for it. */
    record Case(Restaurant restaurant, Menu menu, Cart cart) {
    }

    @Property(tries = 500)
    void theTotal_isTheSumOfItsParts_andNoAmountIsNegative(@ForAll("validCases") Case c) {
        Quote quote = new PriceList(c.restaurant(), c.menu()).quote(c.cart(), NOW);

        assertThat(quote.total()).isEqualTo(quote.subtotal().plus(quote.serviceFee()).plus(quote.tax())
                .plus(quote.deliveryFee()).plus(quote.tip()));
        for (Money amount : List.of(quote.subtotal(), quote.serviceFee(), quote.tax(), quote.deliveryFee(),
                quote.tip(), quote.total())) {
            assertThat(amount.minorUnits()).isNotNegative();
        }
        for (QuotedLine line : quote.lines()) {
            assertThat(line.unitPrice().minorUnits()).isNotNegative();
        }
    }

    @Property(tries = 500)
    void everyAmount_followsTheRuleOfApiMd(@ForAll("validCases") Case c) {
        Quote quote = new PriceList(c.restaurant(), c.menu()).quote(c.cart(), NOW);
        var settings = c.restaurant().settings();

        long subtotal = 0;
        for (CartLine line : c.cart().lines()) {
            MenuItem item = c.menu().item(line.menuItemId()).orElseThrow();
            long unit = item.price().minorUnits();
            for (ModifierOptionId optionId : line.optionIds()) {
                unit += item.findOption(optionId).orElseThrow().option().priceDelta().minorUnits();
            }
            subtotal += unit * line.quantity();
        }
        long serviceFee = halfEven(subtotal, settings.serviceFeeBasisPoints());
        long tax = halfEven(subtotal + serviceFee, settings.taxRateBasisPoints());
        long deliveryFee = c.cart().fulfillment().type() == FulfillmentType.DELIVERY ? settings.deliveryFee().minorUnits() : 0;

        assertThat(quote.subtotal().minorUnits()).isEqualTo(subtotal);
        assertThat(quote.serviceFee().minorUnits()).isEqualTo(serviceFee);
        assertThat(quote.tax().minorUnits()).isEqualTo(tax);
        assertThat(quote.deliveryFee().minorUnits()).isEqualTo(deliveryFee);
        assertThat(quote.tip().minorUnits()).isEqualTo(c.cart().tip());
    }

    /** Half-even rounding of amount x bp / 10000 done with integer division, for amount >= 0. */
    private static long halfEven(long amount, long basisPoints) {
        BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(basisPoints))
                .divideAndRemainder(BigInteger.valueOf(10_000));
        long quotient = qr[0].longValueExact();
        int twiceRemainder = qr[1].intValueExact() * 2;
        if (twiceRemainder > 10_000 || (twiceRemainder == 10_000 && quotient % 2 == 1)) {
            quotient++;
        }
        return quotient;
    }

    @Provide
    Arbitrary<Case> validCases() {
        Arbitrary<List<MenuItem>> items = item().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Restaurant> restaurants = Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.longs().between(0, 2_000))
                .as((tax, fee, delivery) -> RestaurantBuilder.aRestaurant()
                        .taxRate(tax).serviceFee(fee).deliveryFee(delivery).build());
        return Combinators.combine(restaurants, items)
                .flatAs((restaurant, menuItems) -> {
                    Menu menu = new Menu(restaurant.id(), List.of(new MenuCategory("All", menuItems)));
                    return cartFor(menuItems).map(cart -> new Case(restaurant, menu, cart));
                });
    }

    private static Arbitrary<Cart> cartFor(List<MenuItem> items) {
        Arbitrary<CartLine> line = Arbitraries.of(items).flatMap(item ->
                Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.randomValue(r -> r.nextLong()))
                        .as((quantity, seed) -> new CartLine(item.id(), quantity, validChoice(item, new Random(seed)),
                                Optional.empty())));
        Arbitrary<Fulfillment> fulfillment = Arbitraries.of(
                Fulfillment.pickup(), Fulfillment.delivery(DeliveryAddress.of("1 Main Street", "Brooklyn", "11201", "US")), Fulfillment.dineIn("7"));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(8), fulfillment, Arbitraries.longs().between(0, 100_000))
                .as((lines, how, tip) -> new Cart(lines, how, tip, Optional.empty()));
    }

    /** Between minSelect and maxSelect distinct options of every group. */
    private static List<ModifierOptionId> validChoice(MenuItem item, Random random) {
        List<ModifierOptionId> chosen = new ArrayList<>();
        for (ModifierGroup group : item.modifierGroups()) {
            List<ModifierOption> shuffled = new ArrayList<>(group.options());
            Collections.shuffle(shuffled, random);
            int most = Math.min(group.maxSelect(), shuffled.size());
            int count = group.minSelect() + random.nextInt(most - group.minSelect() + 1);
            shuffled.stream().limit(count).forEach(option -> chosen.add(option.id()));
        }
        return chosen;
    }

    private static Arbitrary<MenuItem> item() {
        return Arbitraries.longs().between(0, 50_000).flatMap(price ->
                group(price).list().ofMaxSize(2).map(groups -> new MenuItem(new MenuItemId(UUID.randomUUID()),
                        "Dish", "", Money.of(price, "USD"), true, groups.stream().map(PriceListPropertiesTest::withFreshIds).toList())));
    }

    // jqwik may hand out one generated value twice in a list; ids on a real menu are unique.
    private static ModifierGroup withFreshIds(ModifierGroup group) {
        return new ModifierGroup(new ModifierGroupId(UUID.randomUUID()), group.name(), group.minSelect(), group.maxSelect(),
                group.options().stream()
                        .map(option -> new ModifierOption(new ModifierOptionId(UUID.randomUUID()), option.name(),
                                option.priceDelta()))
                        .toList());
    }

    /** A group whose discounts, however chosen, take at most half the item's price off. */
    private static Arbitrary<ModifierGroup> group(long price) {
        return Arbitraries.integers().between(1, 3).flatMap(maxSelect ->
                Arbitraries.longs().between(-(price / 2) / (2L * maxSelect), 1_000)
                        .map(delta -> new ModifierOption(new ModifierOptionId(new UUID(0, 0)), "Option",
                                Money.of(delta, "USD")))
                        .list().ofMinSize(maxSelect).ofMaxSize(4)
                        .flatMap(options -> Arbitraries.integers().between(0, maxSelect).map(minSelect ->
                                new ModifierGroup(new ModifierGroupId(new UUID(0, 0)), "Group", minSelect, maxSelect,
                                        options))));
    }
}
