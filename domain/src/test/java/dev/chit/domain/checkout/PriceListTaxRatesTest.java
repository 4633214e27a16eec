package dev.chit.domain.checkout;

import dev.chit.domain.menu.Menu;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.MenuItemId;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.TaxMode;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** Rates per item, VAT-inclusive prices and a discount, with the numbers worked out by hand (docs/menu-and-pricing.md). */
class PriceListTaxRatesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<TaxRate> GERMAN_VAT = List.of(new TaxRate("standard", 1900), new TaxRate("reduced", 700));

    private static final MenuItem COFFEE = item("Kaffee", 350, Optional.empty());
    private static final MenuItem CROISSANT = item("Croissant", 250, Optional.of("REDUCED"));

    private static MenuItem item(String name, long cents, Optional<String> taxCode) {
        return new MenuItem(new MenuItemId(UUID.nameUUIDFromBytes(name.getBytes())), name, "",
                Money.of(cents, "EUR"), true, List.of(), taxCode);
    }

    private static Quote quote(TaxMode mode, int serviceFee, Discount discount) {
        Restaurant cafe = aRestaurant().inCurrency("EUR").serviceFee(serviceFee)
                .taxPolicy(new TaxPolicy(mode, GERMAN_VAT)).build();
        Menu menu = SampleMenu.menuOf(RESTAURANT_ID, COFFEE, CROISSANT);
        Cart cart = aCart().with(COFFEE, 1).with(CROISSANT, 2).build();
        return new PriceList(cafe, menu).quote(cart, NOW, dev.chit.domain.kitchen.KitchenLoad.idle(), discount);
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    @Test
    void inclusivePrices_takeTaxOutPerRate_afterTheDiscount_andTheGuestPaysTheMenuPriceLessTheDiscount() {
        Quote quote = quote(TaxMode.INCLUSIVE, 0, subtotal -> subtotal.basisPoints(1000));

        // 850 less 10 % = 765; the 85 off is shared 35 : 50 by the lines' 350 : 500.
        assertThat(quote.subtotal()).isEqualTo(eur(850));
        assertThat(quote.discount()).isEqualTo(eur(85));
        assertThat(quote.total()).isEqualTo(eur(765));
        assertThat(quote.taxIncluded()).isTrue();
        assertThat(quote.taxes()).containsExactly(
                new TaxLine("standard", 1900, eur(315), eur(50)),   // 315 x 1900 / 11900 = 50.29
                new TaxLine("reduced", 700, eur(450), eur(29)));    // 450 x 700 / 10700 = 29.44
        assertThat(quote.tax()).isEqualTo(eur(79));
    }

    @Test
    void exclusivePrices_addTaxPerRate_theStandardRateAlsoOnTheServiceFee() {
        Quote quote = quote(TaxMode.EXCLUSIVE, 1000, Discount.NONE);

        // Service fee 10 % of 850 = 85, taxed at the standard rate with the coffee: 435 x 19 % = 82.65.
        assertThat(quote.serviceFee()).isEqualTo(eur(85));
        assertThat(quote.taxes()).containsExactly(
                new TaxLine("standard", 1900, eur(435), eur(83)),
                new TaxLine("reduced", 700, eur(500), eur(35)));
        assertThat(quote.tax()).isEqualTo(eur(118));
        assertThat(quote.total()).isEqualTo(eur(850 + 85 + 118));
    }

    @Test
    void aDiscountLargerThanTheSubtotal_takesTheSubtotalAndNoMore() {
        Quote quote = quote(TaxMode.EXCLUSIVE, 0, subtotal -> eur(10_000));

        assertThat(quote.discount()).isEqualTo(eur(850));
        assertThat(quote.total().isZero()).isTrue();
        assertThat(quote.tax().isZero()).isTrue();
    }
}
