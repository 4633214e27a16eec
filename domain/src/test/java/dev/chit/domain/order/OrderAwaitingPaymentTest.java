package dev.chit.domain.order;

import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.checkout.Quote;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.station.StationRouting;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.order.OrderStatus.AWAITING_PAYMENT;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.PLACED;
import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An order whose payment waits for the guest's bank (3-D Secure), until it is placed or given up. */
class OrderAwaitingPaymentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant CONFIRMED = NOW.plus(Duration.ofMinutes(2));
    private static final OrderId ORDER_ID = new OrderId(UUID.fromString("01900000-0000-7000-8000-0000000000f2"));

    private static Order awaiting() {
        Quote quote = new PriceList(aRestaurant().build(), SampleMenu.menu()).quote(aCart().with(SODA, 1).build(), NOW);
        return Order.awaitingAuthentication(ORDER_ID, quote, aGuest(), Optional.empty(), Actor.customer(),
                () -> new OrderLineId(UUID.randomUUID()), StationRouting.NONE, NOW);
    }

    @Test
    void anOrderAwaitingTheBank_hasNoNumberAndReservesNothing() {
        Order order = awaiting();

        assertThat(order.status()).isEqualTo(AWAITING_PAYMENT);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
        assertThat(order.isNumbered()).isFalse();
        assertThat(order.history()).singleElement().satisfies(entry -> {
            assertThat(entry.from()).isEmpty();
            assertThat(entry.to()).isEqualTo(AWAITING_PAYMENT);
        });
    }

    @Test
    void theBanksYes_placesTheOrder_numberedAuthorizedAndAnnounced() {
        Order.Placement placed = awaiting().placedAfterAuthentication(17, CONFIRMED);

        Order order = placed.order();
        assertThat(order.status()).isEqualTo(PLACED);
        assertThat(order.number()).isEqualTo(17);
        assertThat(order.isNumbered()).isTrue();
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(order.placedAt()).isEqualTo(CONFIRMED);
        assertThat(order.history().getLast()).isEqualTo(new HistoryEntry(Optional.of(AWAITING_PAYMENT), PLACED,
                CONFIRMED, Actor.system(), Optional.empty()));
        assertThat(placed.event()).isEqualTo(new OrderPlaced(ORDER_ID, order.restaurantId(), CONFIRMED));
    }

    @Test
    void anOrderPlacedAlready_isNotPlacedAgain() {
        Order placed = awaiting().placedAfterAuthentication(17, CONFIRMED).order();

        assertThatThrownBy(() -> placed.placedAfterAuthentication(18, CONFIRMED)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void theBanksNo_cancelsTheOrder_unnumbered_andGivesUpTheAuthorization() {
        Order.Transitioned cancelled = awaiting().transition(
                TransitionRequest.to(CANCELLED).withReason(Order.PAYMENT_FAILED), Actor.system(), CONFIRMED);

        assertThat(cancelled.order().status()).isEqualTo(CANCELLED);
        assertThat(cancelled.order().isNumbered()).isFalse();
        assertThat(cancelled.order().history().getLast().reason()).contains(Order.PAYMENT_FAILED);
        assertThat(cancelled.event().paymentAction()).isEqualTo(PaymentAction.VOID);
    }

    @Test
    void onlyTheSystem_movesAnOrderAwaitingTheBank() {
        Actor cook = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));

        assertThatThrownBy(() -> awaiting().transition(TransitionRequest.to(CANCELLED).withReason("no"), cook, NOW))
                .isInstanceOf(TransitionNotPermitted.class);
        assertThatThrownBy(() -> awaiting().transition(TransitionRequest.to(CANCELLED), Actor.customer(), NOW))
                .isInstanceOf(TransitionNotPermitted.class);
    }

    @Test
    void aPlacedOrder_alwaysHasANumber() {
        assertThatThrownBy(() -> anOrder().in(PLACED).unnumbered().build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(anOrder().in(CANCELLED).unnumbered().build().isNumbered()).isFalse();
    }
}
