package dev.chit.domain.order;

import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.CartBuilder.line;
import static dev.chit.domain.testing.CartBuilder.noted;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.CHEESE;
import static dev.chit.domain.testing.SampleMenu.SALAD;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderPlacementTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final OrderId ORDER_ID = new OrderId(UUID.fromString("01900000-0000-7000-8000-0000000000f1"));

    private static Quote aQuote() {
        return new PriceList(aRestaurant().taxRate(825).serviceFee(300).deliveryFee(399).build(), SampleMenu.menu())
                .quote(aCart().with(noted(line(BURGER, 2, SALAD, CHEESE), "well done")).with(SODA, 1)
                        .deliveredTo("1 Main Street").tip(250).build(), NOW);
    }

    private static Order.Placement place(Quote quote, Optional<String> notes) {
        Iterator<UUID> lineIds = List.of(
                UUID.fromString("01900000-0000-7000-8000-0000000001a1"),
                UUID.fromString("01900000-0000-7000-8000-0000000001a2")).iterator();
        return Order.place(ORDER_ID, 42, quote, aGuest(), notes, PaymentStatus.AUTHORIZED, Actor.customer(),
                () -> new OrderLineId(lineIds.next()), NOW);
    }

    @Test
    void aPlacedOrder_keepsEverythingTheQuoteSaid() {
        Quote quote = aQuote();

        Order order = place(quote, Optional.of("ring twice")).order();

        assertThat(order.id()).isEqualTo(ORDER_ID);
        assertThat(order.number()).isEqualTo(42);
        assertThat(order.restaurantId()).isEqualTo(RESTAURANT_ID);
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(order.fulfillment()).isEqualTo(quote.fulfillment());
        assertThat(order.customer()).isEqualTo(aGuest());
        assertThat(order.notes()).contains("ring twice");
        assertThat(order.placedAt()).isEqualTo(NOW);
        assertThat(order.estimatedReadyAt()).isEqualTo(quote.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(order.acceptedAt()).isEmpty();
        assertThat(order.readyAt()).isEmpty();
        assertThat(order.completedAt()).isEmpty();
        assertThat(order.version()).isZero();
        assertThat(order.refunded()).isEqualTo(Money.of(0, "USD"));
        assertThat(order.totals()).isEqualTo(new OrderTotals(quote.subtotal(), quote.tax(), quote.deliveryFee(),
                quote.serviceFee(), quote.tip(), quote.discount(), quote.total(), quote.taxes(), false));
        assertThat(order.totals().taxes()).singleElement()
                .isEqualTo(new dev.chit.domain.checkout.TaxLine("standard", 825,
                        quote.subtotal().plus(quote.serviceFee()), quote.tax()));
    }

    @Test
    void aPlacedOrder_keepsTheLinesAsSold() {
        Quote quote = aQuote();

        Order order = place(quote, Optional.empty()).order();

        assertThat(order.lines()).hasSize(2);
        OrderLine burgers = order.lines().getFirst();
        assertThat(burgers.id().value()).isEqualTo(UUID.fromString("01900000-0000-7000-8000-0000000001a1"));
        assertThat(burgers.name()).isEqualTo("Burger");
        assertThat(burgers.quantity()).isEqualTo(2);
        assertThat(burgers.unitPrice()).isEqualTo(Money.of(1500, "USD"));
        assertThat(burgers.lineTotal()).isEqualTo(Money.of(3000, "USD"));
        assertThat(burgers.options()).isEqualTo(quote.lines().getFirst().options());
        assertThat(burgers.note()).contains("well done");
        assertThat(order.lines().get(1).id().value()).isEqualTo(UUID.fromString("01900000-0000-7000-8000-0000000001a2"));
    }

    @Test
    void placing_writesTheFirstHistoryEntry_andEmitsOrderPlaced() {
        Order.Placement placement = place(aQuote(), Optional.empty());

        assertThat(placement.order().history()).containsExactly(
                new HistoryEntry(Optional.empty(), OrderStatus.PLACED, NOW, Actor.customer(), Optional.empty()));
        assertThat(placement.event()).isEqualTo(new OrderPlaced(ORDER_ID, RESTAURANT_ID, NOW));
    }

    @Test
    void blankNotes_areNoNotes() {
        assertThat(place(aQuote(), Optional.of("   ")).order().notes()).isEmpty();
    }

    @Test
    void notesOf500Characters_areKept_501AreInvalidInputOnNotes() {
        assertThat(place(aQuote(), Optional.of("n".repeat(500))).order().notes()).hasValue("n".repeat(500));
        assertThatThrownBy(() -> place(aQuote(), Optional.of("n".repeat(501))))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("notes"));
    }

    @Test
    void notesWithControlCharacters_areInvalidInputOnNotes() {
        assertThatThrownBy(() -> place(aQuote(), Optional.of("gate code \u0007 1234")))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("notes"));
        assertThat(place(aQuote(), Optional.of("gate code:\n1234")).order().notes()).contains("gate code:\n1234");
    }

    @Test
    void totalsThatDoNotAddUp_cannotExist() {
        Money one = Money.of(1, "USD");
        Money zero = Money.of(0, "USD");
        assertThatThrownBy(() -> new OrderTotals(one, zero, zero, zero, zero, zero, Money.of(2, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineWhoseTotalIsNotQuantityTimesPrice_cannotExist() {
        assertThatThrownBy(() -> new OrderLine(new OrderLineId(UUID.randomUUID()), BURGER.id(), "Burger", 2,
                Money.of(1250, "USD"), List.of(), Optional.empty(), Money.of(2400, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
