package dev.chit.application.orders;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.InvalidTransition;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentAction;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitionOrderTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));
    private static final Predicate<RestaurantId> OURS = RESTAURANT_ID::equals;
    private static final Instant NOW = START.plus(Duration.ofMinutes(2));

    private final InMemoryChit chit = new InMemoryChit()
            .with(aRestaurant().defaultPrepMinutes(25).build(), SampleMenu.menu());
    private final Order placed = anOrder().withId(new OrderId(UUID.randomUUID())).build();

    TransitionOrderTest() {
        chit.orders.add(placed);
        chit.clock.set(NOW);
    }

    private Order stored() {
        return chit.orders.find(placed.id()).orElseThrow();
    }

    @Test
    void acceptingWithoutAPrepTime_promisesTheRestaurantsDefault() {
        Order accepted = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.empty());

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.acceptedAt()).contains(NOW);
        assertThat(accepted.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(25)));
    }

    @Test
    void acceptingWithAPrepTime_promisesThatTime() {
        Order accepted = chit.transitionOrder.transition(placed.id(),
                TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(8)), COOK, OURS, Optional.empty());

        assertThat(accepted.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(8)));
    }

    @Test
    void acceptingWithoutAPrepTime_inBusyMode_promisesTheDefaultPlusTheBusyExtra() {
        chit.restaurants.update(aRestaurant().defaultPrepMinutes(25).busy(15, NOW.plus(Duration.ofHours(1))).build());

        Order accepted = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.empty());

        assertThat(accepted.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
    }

    @Test
    void acceptingWithoutAPrepTime_afterBusyModeEnded_promisesTheDefault() {
        chit.restaurants.update(aRestaurant().defaultPrepMinutes(25).busy(15, NOW).build());

        Order accepted = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.empty());

        assertThat(accepted.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(25)));
    }

    @Test
    void acceptingWithAPrepTime_inBusyMode_promisesExactlyThatTime() {
        chit.restaurants.update(aRestaurant().defaultPrepMinutes(25).busy(15, NOW.plus(Duration.ofHours(1))).build());

        Order accepted = chit.transitionOrder.transition(placed.id(),
                TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(8)), COOK, OURS, Optional.empty());

        assertThat(accepted.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(8)));
    }

    @Test
    void acceptingWithoutAPrepTime_promisesAtMostTheLongestAcceptPromise() {
        chit.restaurants.update(aRestaurant().defaultPrepMinutes(230).busy(30, NOW.plus(Duration.ofHours(1))).build());

        Order accepted = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.empty());

        assertThat(accepted.estimatedReadyAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(TransitionRequest.MAX_PREP_MINUTES)));
    }

    @Test
    void acceptingWithoutAPrepTime_neverPromisesSoonerThanTheQuote() {
        chit.restaurants.update(aRestaurant().defaultPrepMinutes(25).busy(15, NOW.plus(Duration.ofHours(1))).build());
        var quote = chit.quoteCart.quote(RESTAURANT_ID, aCart().with(SampleMenu.SODA, 1).build());

        Order accepted = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.empty());

        assertThat(accepted.estimatedReadyAt()).isAfterOrEqualTo(quote.estimatedReadyAt());
    }

    @Test
    void theMovedOrder_isStoredAtTheNextVersion_andReturnedAsStored() {
        Order accepted = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.of(0L));

        assertThat(accepted.version()).isEqualTo(1);
        assertThat(stored()).isEqualTo(accepted);
        assertThat(stored().history().getLast())
                .isEqualTo(new HistoryEntry(Optional.of(OrderStatus.PLACED), OrderStatus.ACCEPTED, NOW, COOK, Optional.empty()));
    }

    @Test
    void theMove_publishesItsEvent() {
        chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK, OURS, Optional.empty());

        assertThat(chit.events.events()).containsExactly(new OrderStatusChanged(placed.id(), RESTAURANT_ID,
                OrderStatus.PLACED, OrderStatus.ACCEPTED, COOK, Optional.empty(), PaymentAction.CAPTURE, NOW));
    }

    @Test
    void aStaleIfMatch_isRefused_andNothingChanges() {
        chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK, OURS, Optional.empty());

        assertThatThrownBy(() -> chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.PREPARING),
                COOK, OURS, Optional.of(0L)))
                .isInstanceOfSatisfying(StaleOrder.class, e -> {
                    assertThat(e.orderId()).isEqualTo(placed.id());
                    assertThat(e.expectedVersion()).isZero();
                });
        assertThat(stored().status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(stored().version()).isEqualTo(1);
        assertThat(chit.events.events()).hasSize(1);
    }

    @Test
    void aCurrentIfMatch_letsTheMoveThrough() {
        chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK, OURS, Optional.of(0L));

        Order preparing = chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.PREPARING), COOK,
                OURS, Optional.of(1L));

        assertThat(preparing.status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(preparing.version()).isEqualTo(2);
    }

    @Test
    void anOrderOfAnotherRestaurant_isNotFound_andUntouched() {
        RestaurantId elsewhere = new RestaurantId(UUID.randomUUID());

        assertThatThrownBy(() -> chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED),
                COOK, elsewhere::equals, Optional.empty()))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("order"));
        assertThat(stored()).isEqualTo(placed);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void anUnknownOrder_isNotFound() {
        assertThatThrownBy(() -> chit.transitionOrder.transition(new OrderId(UUID.randomUUID()),
                TransitionRequest.to(OrderStatus.ACCEPTED), COOK, OURS, Optional.empty()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aMoveNotInTheTable_storesAndPublishesNothing() {
        assertThatThrownBy(() -> chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.READY),
                COOK, OURS, Optional.empty()))
                .isInstanceOf(InvalidTransition.class);

        assertThat(stored()).isEqualTo(placed);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void aMoveBySomeoneNotAllowed_storesAndPublishesNothing() {
        assertThatThrownBy(() -> chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED),
                Actor.customer(), OURS, Optional.empty()))
                .isInstanceOf(TransitionNotPermitted.class);

        assertThat(stored()).isEqualTo(placed);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void aRejectionWithoutReason_storesAndPublishesNothing() {
        assertThatThrownBy(() -> chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.REJECTED),
                COOK, OURS, Optional.empty()))
                .isInstanceOf(InvalidInput.class);

        assertThat(stored()).isEqualTo(placed);
    }

    @Test
    void aMoveThatLosesARaceAfterReading_isStale_andPublishesNothing() {
        Order theirs = placed.transition(TransitionRequest.to(OrderStatus.CANCELLED), Actor.customer(), NOW).order();
        chit.orders.beforeNextUpdate(() -> chit.orders.update(theirs));

        assertThatThrownBy(() -> chit.transitionOrder.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED),
                COOK, OURS, Optional.empty()))
                .isInstanceOf(StaleOrder.class);
        assertThat(chit.events.events()).isEmpty();
        assertThat(chit.transactions.rollbacks()).isEqualTo(1);
    }

    @Test
    void anEventThatCannotBePublished_undoesTheMove() {
        OrderEventPublisher failing = event -> {
            throw new IllegalStateException("outbox full");
        };
        TransitionOrder failingToPublish = new TransitionOrder(chit.orders, chit.restaurants, chit.kitchenLoads, failing,
                chit.transactions,
                chit.paymentInstructions, chit.paymentSettlement, chit.clock);

        assertThatThrownBy(() -> failingToPublish.transition(placed.id(), TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                OURS, Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(stored()).isEqualTo(placed);
    }
}
