package dev.chit.domain.order;

import dev.chit.domain.checkout.PriceList;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.order.OrderEvent.LinesBumped;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.station.StationId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.CartBuilder.line;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.FRIES;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bumps and recalls on the kitchen's screens, and the moves they cause, on a clock of their own. */
class OrderBumpTest {

    private static final Instant PLACED = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant ACCEPTED = PLACED.plusSeconds(60);
    private static final StationId GRILL = new StationId(new UUID(1, 1));
    private static final StationId BAR = new StationId(new UUID(1, 2));
    private static final Actor COOK = Actor.staff(UUID.randomUUID());

    /** Accepted: a burger for the grill, a soda for the bar. */
    private static Order accepted() {
        var quote = new PriceList(aRestaurant().build(), SampleMenu.menu())
                .quote(aCart().with(line(BURGER, 1, FRIES)).with(SODA, 1).build(), PLACED);
        Order placed = Order.place(new OrderId(UUID.randomUUID()), 7, quote, aGuest(), Optional.empty(),
                PaymentStatus.AUTHORIZED, Actor.customer(), () -> new OrderLineId(UUID.randomUUID()),
                item -> item.equals(BURGER.id()) ? List.of(GRILL) : List.of(BAR), PLACED).order();
        return placed.transition(TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(15)),
                COOK, ACCEPTED).order();
    }

    private static Set<OrderLineId> linesOf(Order order, StationId station) {
        return Set.copyOf(order.linesFor(station).stream().map(OrderLine::id).toList());
    }

    private static Instant minutes(long after) {
        return ACCEPTED.plus(Duration.ofMinutes(after));
    }

    @Test
    void theFirstBump_ofAnAcceptedOrder_movesItToPreparing_byTheCook() {
        Order order = accepted();

        Order.Bumped bumped = order.bump(linesOf(order, GRILL), COOK, minutes(5), true);

        assertThat(bumped.order().status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(bumped.order().linesFor(GRILL)).extracting(OrderLine::doneAt).containsOnly(Optional.of(minutes(5)));
        assertThat(bumped.order().linesFor(BAR)).extracting(OrderLine::doneAt).containsOnly(Optional.empty());
        assertThat(bumped.events()).hasSize(2);
        assertThat(bumped.events().getFirst()).isInstanceOf(LinesBumped.class);
        assertThat((OrderStatusChanged) bumped.events().get(1)).extracting(OrderStatusChanged::to, OrderStatusChanged::actor)
                .containsExactly(OrderStatus.PREPARING, COOK);
        assertThat(bumped.order().history().getLast().actor()).isEqualTo(COOK);
    }

    @Test
    void theLastBump_makesTheOrderReady_unlessTheRestaurantSaysExpoSendsIt() {
        Order order = accepted();
        Order grillDone = order.bump(linesOf(order, GRILL), COOK, minutes(5), true).order();

        Order ready = grillDone.bump(linesOf(grillDone, BAR), COOK, minutes(7), true).order();
        Order waitingForExpo = grillDone.bump(linesOf(grillDone, BAR), COOK, minutes(7), false).order();

        assertThat(grillDone.status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(ready.status()).isEqualTo(OrderStatus.READY);
        assertThat(ready.readyAt()).contains(minutes(7));
        assertThat(waitingForExpo.status()).isEqualTo(OrderStatus.PREPARING);
    }

    @Test
    void aLineDoneAlready_orAnOrderNotInTheKitchen_hasNothingToBump() {
        Order order = accepted();
        Order grillDone = order.bump(linesOf(order, GRILL), COOK, minutes(5), true).order();

        assertThatThrownBy(() -> grillDone.bump(linesOf(grillDone, GRILL), COOK, minutes(6), true))
                .isInstanceOf(InvalidTransition.class);
        Order ready = grillDone.bump(linesOf(grillDone, BAR), COOK, minutes(7), true).order();
        assertThatThrownBy(() -> ready.bump(linesOf(ready, BAR), COOK, minutes(8), true))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void aBump_isRecalledWithinTenMinutes_andAReadyOrderGoesBackToPreparing() {
        Order order = accepted();
        Order grillDone = order.bump(linesOf(order, GRILL), COOK, minutes(5), true).order();
        Order ready = grillDone.bump(linesOf(grillDone, BAR), COOK, minutes(7), true).order();

        Order.Bumped recalled = ready.recallLines(linesOf(ready, BAR), COOK, minutes(17));

        assertThat(recalled.order().status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(recalled.order().readyAt()).isEmpty();
        assertThat(recalled.order().linesFor(BAR)).extracting(OrderLine::doneAt).containsOnly(Optional.empty());
        assertThat(recalled.order().history().getLast()).extracting(HistoryEntry::from, HistoryEntry::to)
                .containsExactly(Optional.of(OrderStatus.READY), OrderStatus.PREPARING);
        assertThat(((LinesBumped) recalled.events().getFirst()).recalled()).isTrue();
    }

    @Test
    void aBump_olderThanTenMinutes_cannotBeRecalled() {
        Order order = accepted();
        Order grillDone = order.bump(linesOf(order, GRILL), COOK, minutes(5), true).order();

        assertThatThrownBy(() -> grillDone.recallLines(linesOf(grillDone, GRILL), COOK, minutes(15).plusMillis(1)))
                .isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> grillDone.recallLines(linesOf(grillDone, BAR), COOK, minutes(6)))
                .as("a line not done").isInstanceOf(InvalidTransition.class);
    }

    @Test
    void aReadyOrder_isRecalledToPreparing_withAReason_withinTenMinutes() {
        Order order = accepted();
        Order ready = order.bump(Set.copyOf(order.lines().stream().map(OrderLine::id).toList()), COOK, minutes(5),
                true).order();

        assertThatThrownBy(() -> ready.recall(Optional.empty(), COOK, minutes(6)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ready.recall(Optional.of("cold"), COOK, minutes(15).plusMillis(1)))
                .isInstanceOf(InvalidTransition.class);
        var recalled = ready.recall(Optional.of("cold"), COOK, minutes(15));
        assertThat(recalled.order().status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(recalled.event()).extracting(OrderStatusChanged::from, OrderStatusChanged::to,
                OrderStatusChanged::reason).containsExactly(OrderStatus.READY, OrderStatus.PREPARING,
                Optional.of("cold"));
    }

    @Test
    void aCompletedOrder_isRecalledToReady_andNothingElseIsRecalled() {
        Order order = accepted();
        Order ready = order.bump(Set.copyOf(order.lines().stream().map(OrderLine::id).toList()), COOK, minutes(5),
                true).order();
        Order completed = ready.transition(TransitionRequest.to(OrderStatus.COMPLETED), COOK, minutes(6)).order();

        var recalled = completed.recall(Optional.of("guest came back"), COOK, minutes(16));

        assertThat(recalled.order().status()).isEqualTo(OrderStatus.READY);
        assertThat(recalled.order().completedAt()).isEmpty();
        assertThat(recalled.order().readyAt()).contains(minutes(5));
        assertThatThrownBy(() -> order.recall(Optional.of("why"), COOK, minutes(1)))
                .isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> completed.recall(Optional.of("late"), COOK, minutes(16).plusMillis(1)))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void plainMoves_neverGoBack() {
        Order order = accepted();
        Order ready = order.bump(Set.copyOf(order.lines().stream().map(OrderLine::id).toList()), COOK, minutes(5),
                true).order();

        assertThatThrownBy(() -> ready.transition(TransitionRequest.to(OrderStatus.PREPARING).withReason("x"), COOK,
                minutes(6))).isInstanceOf(InvalidTransition.class);
    }
}
