package dev.chit.application.checkout;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.checkout.RestaurantClosed;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.FRIES;
import static dev.chit.domain.testing.SampleMenu.PIE;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteCartTest {

    private final InMemoryChit chit = new InMemoryChit()
            .with(aRestaurant().taxRate(1000).defaultPrepMinutes(15).build(), SampleMenu.menu());

    @Test
    void aCart_isPricedFromTheStoredMenuAndSettings() {
        Cart cart = aCart().with(BURGER, 2, FRIES).with(SODA, 1).tip(100).build();

        Quote quote = chit.quoteCart.quote(RESTAURANT_ID, cart);

        assertThat(quote.subtotal()).isEqualTo(Money.of(2 * 1250 + 300, "USD"));
        assertThat(quote.tax()).isEqualTo(Money.of(280, "USD"));
        assertThat(quote.total()).isEqualTo(Money.of(2800 + 280 + 100, "USD"));
        assertThat(quote.estimatedReadyAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theQuote_isAsOfTheClock() {
        chit.clock.advance(Duration.ofMinutes(42));

        Quote quote = chit.quoteCart.quote(RESTAURANT_ID, aCart().with(SODA, 1).build());

        assertThat(quote.estimatedReadyAt()).isEqualTo(START.plus(Duration.ofMinutes(42 + 15)));
    }

    @Test
    void anUnknownRestaurant_isNotFound() {
        RestaurantId nowhere = new RestaurantId(UUID.randomUUID());

        assertThatThrownBy(() -> chit.quoteCart.quote(nowhere, aCart().with(SODA, 1).build()))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("restaurant"));
    }

    @Test
    void aRestaurantWithoutAMenu_isNotFound() {
        RestaurantId bare = new RestaurantId(UUID.randomUUID());
        chit.restaurants.add(aRestaurant().withId(bare).build());

        assertThatThrownBy(() -> chit.quoteCart.quote(bare, aCart().with(SODA, 1).build())).isInstanceOf(NotFound.class);
    }

    @Test
    void anInvalidCart_isInvalidInput() {
        assertThatThrownBy(() -> chit.quoteCart.quote(RESTAURANT_ID, aCart().with(PIE, 1).build()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aSwitchedOffRestaurant_isClosed() {
        chit.restaurants.update(aRestaurant().switchedOff().build());

        assertThatThrownBy(() -> chit.quoteCart.quote(RESTAURANT_ID, aCart().with(SODA, 1).build()))
                .isInstanceOf(RestaurantClosed.class);
    }
}
