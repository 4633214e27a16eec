package dev.chit.domain.checkout;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.CartBuilder.line;
import static dev.chit.domain.testing.CartBuilder.noted;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BACON;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.CHEESE;
import static dev.chit.domain.testing.SampleMenu.FRIES;
import static dev.chit.domain.testing.SampleMenu.NO_BUN;
import static dev.chit.domain.testing.SampleMenu.SALAD;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pricing rule of API.md, with every number worked out by hand. */
class PriceListPricingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    /** 8.25 % tax, 3 % service fee, 3.99 delivery. */
    private static Restaurant taxedRestaurant() {
        return aRestaurant().taxRate(825).serviceFee(300).deliveryFee(399).minOrder(1000).build();
    }

    private static Quote quote(Restaurant restaurant, Cart cart) {
        return new PriceList(restaurant, SampleMenu.menu()).quote(cart, NOW);
    }

    @Test
    void aDeliveredCart_isPricedByTheRuleOfApiMd() {
        Cart cart = aCart()
                .with(BURGER, 2, SALAD, CHEESE, BACON)  // 1250 + 150 + 100 + 200 = 1700, x 2 = 3400
                .with(SODA, 3)                          // 300 x 3 = 900
                .deliveredTo("1 Main Street")
                .tip(500)
                .build();

        Quote quote = quote(taxedRestaurant(), cart);

        assertThat(quote.lines()).extracting(QuotedLine::unitPrice).containsExactly(usd(1700), usd(300));
        assertThat(quote.lines()).extracting(QuotedLine::lineTotal).containsExactly(usd(3400), usd(900));
        assertThat(quote.subtotal()).isEqualTo(usd(4300));
        assertThat(quote.serviceFee()).isEqualTo(usd(129));   // 4300 x 3 % = 129
        assertThat(quote.tax()).isEqualTo(usd(365));          // (4300 + 129) x 8.25 % = 365.3925
        assertThat(quote.deliveryFee()).isEqualTo(usd(399));
        assertThat(quote.tip()).isEqualTo(usd(500));
        assertThat(quote.discount()).isEqualTo(usd(0));
        assertThat(quote.total()).isEqualTo(usd(4300 + 129 + 365 + 399 + 500));
        assertThat(quote.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void thePickedUpCart_paysNoDeliveryFee() {
        Cart cart = aCart().with(BURGER, 2, SALAD, CHEESE, BACON).with(SODA, 3).tip(500).build();

        Quote quote = quote(taxedRestaurant(), cart);

        assertThat(quote.deliveryFee()).isEqualTo(usd(0));
        assertThat(quote.tax()).isEqualTo(usd(365));
        assertThat(quote.total()).isEqualTo(usd(4300 + 129 + 365 + 500));
    }

    @Test
    void aDineInCart_paysNoDeliveryFee() {
        Quote quote = quote(taxedRestaurant(), aCart().with(SODA, 4).atTable("12").build());

        assertThat(quote.deliveryFee()).isEqualTo(usd(0));
        assertThat(quote.fulfillment()).isEqualTo(Fulfillment.dineIn("12"));
    }

    @Test
    void aNegativeOptionDelta_lowersTheUnitPrice() {
        Quote quote = quote(aRestaurant().build(), aCart().with(BURGER, 1, FRIES, NO_BUN).build());

        assertThat(quote.lines().getFirst().unitPrice()).isEqualTo(usd(1200));
    }

    @Test
    void quotedLines_carryTheMenusNamesOptionsAndTheStrippedNote() {
        Cart cart = aCart().with(noted(line(BURGER, 2, SALAD, CHEESE), "  no pickles  ")).build();

        QuotedLine quoted = quote(aRestaurant().build(), cart).lines().getFirst();

        assertThat(quoted.menuItemId()).isEqualTo(BURGER.id());
        assertThat(quoted.name()).isEqualTo("Burger");
        assertThat(quoted.quantity()).isEqualTo(2);
        assertThat(quoted.options()).containsExactly(
                new QuotedOption(SALAD.id(), "Salad", usd(150)),
                new QuotedOption(CHEESE.id(), "Cheese", usd(100)));
        assertThat(quoted.unitPrice()).isEqualTo(usd(1500));
        assertThat(quoted.lineTotal()).isEqualTo(usd(3000));
        assertThat(quoted.note()).contains("no pickles");
    }

    @Test
    void aBlankNote_isNoNote() {
        Cart cart = aCart().with(noted(line(SODA, 1), "   ")).build();

        assertThat(quote(aRestaurant().build(), cart).lines().getFirst().note()).isEmpty();
    }

    @ParameterizedTest(name = "subtotal {0}, service {1} bp, tax {2} bp -> fee {3}, tax {4}")
    @CsvSource({
            "1010, 500, 250, 50, 26",   // fee 50.5 -> 50 (even); tax (1060) 26.5 -> 26 (even)
            "1030, 500, 250, 52, 27",   // fee 51.5 -> 52 (even); tax (1082) 27.05 -> 27
            "1180,   0, 250,  0, 30",   // tax 29.5 -> 30 (even)
            "1140,   0, 250,  0, 28",   // tax 28.5 -> 28 (even)
            "  10, 500,   0,  0,  0",   // fee 0.5 -> 0
            "  30, 500,   0,  2,  0",   // fee 1.5 -> 2
            "1000, 1000, 1000, 100, 110"  // the service fee is taxed: (1000 + 100) x 10 %
    })
    void serviceFeeAndTax_areRoundedHalfEven_andTaxIncludesTheServiceFee(
            long subtotal, int serviceFeeBp, int taxBp, long expectedFee, long expectedTax) {
        MenuItem plate = SampleMenu.item("Plate", subtotal, true);
        Restaurant restaurant = aRestaurant().serviceFee(serviceFeeBp).taxRate(taxBp).build();

        Quote quote = new PriceList(restaurant, SampleMenu.menuOf(RESTAURANT_ID, plate))
                .quote(aCart().with(plate, 1).build(), NOW);

        assertThat(quote.subtotal()).isEqualTo(usd(subtotal));
        assertThat(quote.serviceFee()).isEqualTo(usd(expectedFee));
        assertThat(quote.tax()).isEqualTo(usd(expectedTax));
        assertThat(quote.total()).isEqualTo(usd(subtotal + expectedFee + expectedTax));
    }

    @Test
    void tipsAndDeliveryFees_areNotTaxed() {
        Restaurant restaurant = aRestaurant().taxRate(1000).deliveryFee(5000).build();
        Cart pickup = aCart().with(SODA, 4).build();
        Cart deliveredWithTip = aCart().with(SODA, 4).deliveredTo("1 Main Street").tip(10_000).build();

        Quote plain = quote(restaurant, pickup);
        Quote extra = quote(restaurant, deliveredWithTip);

        assertThat(plain.tax()).isEqualTo(usd(120));
        assertThat(extra.tax()).isEqualTo(usd(120));
        assertThat(extra.total()).isEqualTo(usd(1200 + 120 + 5000 + 10_000));
    }

    @Test
    void theMinimumOrder_comparesWithTheSubtotal_notTheTotal() {
        Restaurant restaurant = aRestaurant().minOrder(1200).taxRate(1000).deliveryFee(500).build();

        // 4 sodas = 1200: exactly the minimum is enough.
        assertThat(quote(restaurant, aCart().with(SODA, 4).build()).subtotal()).isEqualTo(usd(1200));
        // 3 sodas = 900 with tax, delivery and a big tip: the total is well above, the subtotal is not.
        assertThatThrownBy(() -> quote(restaurant, aCart().with(SODA, 3).deliveredTo("1 Main St").tip(5000).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("lines");
                            assertThat(v.code()).isEqualTo("below-minimum");
                        }));
    }

    @Test
    void aQuote_isInTheRestaurantsCurrency() {
        Restaurant euro = aRestaurant().inCurrency("EUR").build();
        MenuItem bread = new MenuItem(new MenuItemId(UUID.randomUUID()), "Bread", "",
                Money.of(250, "EUR"), true, List.of());

        Quote quote = new PriceList(euro, SampleMenu.menuOf(RESTAURANT_ID, bread)).quote(aCart().with(bread, 2).tip(50).build(), NOW);

        assertThat(quote.total()).isEqualTo(Money.of(550, "EUR"));
        assertThat(quote.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void thePriceComesFromTheMenu_soAMenuChangeChangesTheQuote() {
        MenuItem cheap = SampleMenu.item("Soup", 400, true);
        MenuItem dearer = new MenuItem(cheap.id(), "Soup", "", usd(650), true, List.of());
        Cart cart = aCart().with(cheap, 2).build();

        Quote before = new PriceList(aRestaurant().build(), SampleMenu.menuOf(RESTAURANT_ID, cheap)).quote(cart, NOW);
        Quote after = new PriceList(aRestaurant().build(), SampleMenu.menuOf(RESTAURANT_ID, dearer)).quote(cart, NOW);

        assertThat(before.total()).isEqualTo(usd(800));
        assertThat(after.total()).isEqualTo(usd(1300));
    }

    @Test
    void aCart_cannotCarryAPriceFromTheClient() {
        for (Class<? extends Record> sent : List.of(Cart.class, CartLine.class, Fulfillment.class)) {
            RecordComponent[] components = sent.getRecordComponents();
            assertThat(Arrays.stream(components).map(RecordComponent::getType))
                    .as("components of %s", sent.getSimpleName())
                    .doesNotContain(Money.class);
            assertThat(Arrays.stream(components).map(RecordComponent::getName))
                    .as("components of %s", sent.getSimpleName())
                    .noneMatch(name -> name.toLowerCase().contains("price") || name.toLowerCase().contains("total"));
        }
    }

    @Test
    void theQuote_remembersWhatWasAskedFor() {
        Cart cart = aCart().with(SODA, 1).deliveredTo("1 Main Street").scheduledFor(NOW.plusSeconds(7200)).build();

        Quote quote = quote(aRestaurant().build(), cart);

        assertThat(quote.restaurantId()).isEqualTo(RESTAURANT_ID);
        assertThat(quote.fulfillment()).isEqualTo(Fulfillment.delivery(DeliveryAddress.of("1 Main Street", "Brooklyn", "11201", "US")));
        assertThat(quote.scheduledFor()).contains(NOW.plusSeconds(7200));
    }

    @Test
    void aMenuOfAnotherRestaurant_cannotPriceThisRestaurantsCart() {
        var other = new RestaurantId(UUID.randomUUID());
        assertThatThrownBy(() -> new PriceList(aRestaurant().build(), SampleMenu.menuOf(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHugeTip_isInvalidInputOnTheTip_notAnOverflow() {
        assertThatThrownBy(() -> quote(aRestaurant().build(), aCart().with(SODA, 1).tip(Long.MAX_VALUE).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("tip"));
    }

    @Test
    void noOptionsChosen_forAnItemWithoutGroups_isFine() {
        assertThat(quote(aRestaurant().build(), aCart().with(SODA, 1).build()).lines().getFirst().options()).isEmpty();
    }
}
