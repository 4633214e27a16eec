package dev.chit.domain.order;

import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.COMPLETED;
import static dev.chit.domain.order.OrderStatus.OUT_FOR_DELIVERY;
import static dev.chit.domain.order.OrderStatus.PLACED;
import static dev.chit.domain.order.OrderStatus.PREPARING;
import static dev.chit.domain.order.OrderStatus.READY;
import static dev.chit.domain.order.OrderStatus.REJECTED;
import static dev.chit.domain.testing.OrderBuilder.PLACED_AT;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** An order's way from the guest's tap to the guest's hands, one move at a time. */
class OrderLifecycleTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));
    private static final Actor BOSS = Actor.manager(UUID.fromString("00000000-0000-0000-0000-000000000b05"));
    private static final Instant T0 = PLACED_AT.plus(Duration.ofMinutes(3));

    private static Order move(Order order, OrderStatus to, Instant at) {
        return order.transition(TransitionRequest.to(to), COOK, at).order();
    }

    @Test
    void placedOrder_acceptedByStaff_promisesNowPlusThePrepTime() {
        Order accepted = anOrder().in(PLACED).build()
                .transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(25)), COOK, T0).order();

        assertThat(accepted.status()).isEqualTo(ACCEPTED);
        assertThat(accepted.acceptedAt()).contains(T0);
        assertThat(accepted.estimatedReadyAt()).isEqualTo(T0.plus(Duration.ofMinutes(25)));
    }

    @Test
    void scheduledOrder_acceptedEarly_promisesTheScheduledTime() {
        Instant sevenPm = PLACED_AT.plus(Duration.ofHours(7));
        Order accepted = anOrder().scheduledFor(sevenPm).build()
                .transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(25)), COOK, T0).order();

        assertThat(accepted.estimatedReadyAt()).isEqualTo(sevenPm);
        assertThat(accepted.acceptedAt()).contains(T0);
    }

    @Test
    void scheduledOrder_acceptedTooLateForItsTime_promisesWhenTheKitchenCan() {
        Instant inTenMinutes = T0.plus(Duration.ofMinutes(10));
        Order accepted = anOrder().scheduledFor(inTenMinutes).build()
                .transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(25)), COOK, T0).order();

        assertThat(accepted.estimatedReadyAt()).isEqualTo(T0.plus(Duration.ofMinutes(25)));
    }

    @Test
    void aPickupOrder_walksItsWholeLife_andTheHistoryTellsIt() {
        Instant t1 = T0;
        Instant t2 = T0.plusSeconds(60);
        Instant t3 = T0.plusSeconds(900);
        Instant t4 = T0.plusSeconds(1200);

        Order order = anOrder().in(PLACED).build();
        order = order.transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(15)), COOK, t1).order();
        order = move(order, PREPARING, t2);
        order = move(order, READY, t3);
        order = move(order, COMPLETED, t4);

        assertThat(order.status()).isEqualTo(COMPLETED);
        assertThat(order.acceptedAt()).contains(t1);
        assertThat(order.estimatedReadyAt()).isEqualTo(t1.plus(Duration.ofMinutes(15)));
        assertThat(order.readyAt()).contains(t3);
        assertThat(order.completedAt()).contains(t4);
        assertThat(order.history()).extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::at).containsExactly(
                tuple(Optional.empty(), PLACED, PLACED_AT),
                tuple(Optional.of(PLACED), ACCEPTED, t1),
                tuple(Optional.of(ACCEPTED), PREPARING, t2),
                tuple(Optional.of(PREPARING), READY, t3),
                tuple(Optional.of(READY), COMPLETED, t4));
    }

    @Test
    void aDeliveryOrder_goesOutForDeliveryBeforeItIsCompleted() {
        Order ready = anOrder().in(READY).fulfilled(Fulfillment.delivery(DeliveryAddress.of("1 Main Street", "Brooklyn", "11201", "US"))).build();

        Order out = move(ready, OUT_FOR_DELIVERY, T0);
        Order done = move(out, COMPLETED, T0.plusSeconds(600));

        assertThat(out.status()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(out.completedAt()).isEmpty();
        assertThat(done.completedAt()).contains(T0.plusSeconds(600));
    }

    @Test
    void aDeliveryOrder_cannotBeCompletedStraightFromReady() {
        Order ready = anOrder().in(READY).fulfilled(Fulfillment.delivery(DeliveryAddress.of("1 Main Street", "Brooklyn", "11201", "US"))).build();

        assertThatThrownBy(() -> move(ready, COMPLETED, T0)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void aPickupOrder_neverGoesOutForDelivery() {
        assertThatThrownBy(() -> move(anOrder().in(READY).build(), OUT_FOR_DELIVERY, T0))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void preparingOrder_cancelledByStaffWhoIsNoManager_isNotPermitted() {
        Order preparing = anOrder().in(PREPARING).build();

        assertThatThrownBy(() -> preparing.transition(TransitionRequest.to(CANCELLED).withReason("burnt"), COOK, T0))
                .isInstanceOf(TransitionNotPermitted.class);
        assertThat(preparing.transition(TransitionRequest.to(CANCELLED).withReason("burnt"), BOSS, T0).order().status())
                .isEqualTo(CANCELLED);
    }

    @Test
    void placedOrder_cancelledByTheGuest_needsNoReason() {
        Order cancelled = anOrder().build().transition(TransitionRequest.to(CANCELLED), Actor.customer(), T0).order();

        assertThat(cancelled.status()).isEqualTo(CANCELLED);
        assertThat(cancelled.history().getLast().reason()).isEmpty();
        assertThat(cancelled.history().getLast().actor()).isEqualTo(Actor.customer());
    }

    @Test
    void placedOrder_notAcceptedInTime_isRejectedByTheSystem() {
        Order rejected = anOrder().build().transition(TransitionRequest.to(REJECTED), Actor.system(), T0).order();

        assertThat(rejected.status()).isEqualTo(REJECTED);
        assertThat(rejected.history().getLast().actor()).isEqualTo(Actor.system());
    }

    @Test
    void acceptedOrder_cannotBeCancelledByTheGuest() {
        assertThatThrownBy(() -> anOrder().in(ACCEPTED).build()
                .transition(TransitionRequest.to(CANCELLED).withReason("changed my mind"), Actor.customer(), T0))
                .isInstanceOf(TransitionNotPermitted.class);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "REJECTED", "CANCELLED"})
    void aFinalOrder_neverMovesAgain_whoeverAsks(OrderStatus finalStatus) {
        Order order = anOrder().in(finalStatus).build();
        for (OrderStatus to : OrderStatus.values()) {
            for (Actor actor : new Actor[] {Actor.customer(), COOK, BOSS, Actor.system()}) {
                TransitionRequest request = TransitionRequest.to(to).withReason("again").withPrepTime(Duration.ofMinutes(5));
                assertThatThrownBy(() -> order.transition(request, actor, T0))
                        .as("%s -> %s by %s", finalStatus, to, actor)
                        .isInstanceOf(InvalidTransition.class);
            }
        }
        assertThat(finalStatus.isFinal()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PLACED", "ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY"})
    void anOpenStatus_isNotFinal(OrderStatus status) {
        assertThat(status.isFinal()).isFalse();
    }

    @Test
    void aMove_toTheSameStatus_isNoMove() {
        assertThatThrownBy(() -> move(anOrder().in(PREPARING).build(), PREPARING, T0))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void domainMoves_leaveTheVersionToTheRepository() {
        Order order = anOrder().atVersion(7).build();

        Order accepted = order.transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(5)), COOK, T0).order();
        Order delayed = move(accepted, PREPARING, T0).delay(Duration.ofMinutes(10), Optional.empty(), COOK, T0).order();

        assertThat(accepted.version()).isEqualTo(7);
        assertThat(delayed.version()).isEqualTo(7);
        assertThat(delayed.atVersion(8).version()).isEqualTo(8);
        assertThat(delayed.atVersion(8)).usingRecursiveComparison().ignoringFields("version").isEqualTo(delayed);
    }

    @Test
    void theOriginal_isUntouchedByAMove() {
        Order order = anOrder().build();

        order.transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(5)), COOK, T0);

        assertThat(order.status()).isEqualTo(PLACED);
        assertThat(order.history()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"ACCEPTED", "PREPARING"})
    void anOrderInTheKitchen_delayed_movesThePromiseLater(OrderStatus status) {
        Order order = anOrder().in(status).build();

        Order delayed = order.delay(Duration.ofMinutes(10), Optional.empty(), COOK, T0).order();

        assertThat(delayed.estimatedReadyAt()).isEqualTo(order.estimatedReadyAt().plus(Duration.ofMinutes(10)));
        assertThat(delayed.status()).isEqualTo(status);
        assertThat(delayed.history()).isEqualTo(order.history());
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PLACED", "READY", "OUT_FOR_DELIVERY", "COMPLETED", "REJECTED", "CANCELLED"})
    void anOrderOutsideTheKitchen_cannotBeDelayed(OrderStatus status) {
        assertThatThrownBy(() -> anOrder().in(status).build().delay(Duration.ofMinutes(10), Optional.empty(), COOK, T0))
                .isInstanceOf(InvalidTransition.class);
    }
}
