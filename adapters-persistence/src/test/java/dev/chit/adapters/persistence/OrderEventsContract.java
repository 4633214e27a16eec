package dev.chit.adapters.persistence;

import dev.chit.domain.order.Actor;
import dev.chit.domain.order.LoggedOrderEvent;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderEvent.OrderDue;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.OrderEventSignals;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;

import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class OrderEventsContract extends ContractBase {

    @Test
    void events_areNumberedPerRestaurant_fromOne() {
        var trattoria = given().kitchen();
        var pizzeria = given().kitchen();
        Order atTrattoria = trattoria.order().place();
        Order atPizzeria = pizzeria.order().place();

        assertThat(publish(placed(atTrattoria))).isEqualTo(1);
        assertThat(publish(placed(atPizzeria))).isEqualTo(1);
        assertThat(publish(new PaymentChanged(atTrattoria.id(), trattoria.id(), PaymentStatus.CAPTURED,
                minutesAfterNoon(1)))).isEqualTo(2);
        assertThat(publish(placed(atPizzeria))).isEqualTo(2);
    }

    @Test
    void storedEvents_replayInOrder_withTheirWireTypes() {
        var kitchen = given().kitchen();
        Order placed = kitchen.order().place();
        var accepted = placed.transition(TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(15))
                        .withReason("on it"), Actor.manager(UUID.randomUUID()), minutesAfterNoon(1).plusNanos(3_000));
        OrderEvent paid = new PaymentChanged(placed.id(), kitchen.id(), PaymentStatus.CAPTURED, minutesAfterNoon(2));
        publish(placed(placed));
        publish(accepted.event());
        publish(paid);

        List<LoggedOrderEvent> replayed = database().orderEvents().after(kitchen.id(), 0, 10);

        assertThat(replayed).containsExactly(
                new LoggedOrderEvent(1, placed(placed)),
                new LoggedOrderEvent(2, accepted.event()),
                new LoggedOrderEvent(3, paid));
        assertThat(replayed).extracting(LoggedOrderEvent::created).containsExactly(true, false, false);
        assertThat(database().orderEvents().after(kitchen.id(), 1, 1)).extracting(LoggedOrderEvent::seq)
                .containsExactly(2L);
    }

    @Test
    void aDispute_replaysAsADispute_andAPaymentChangeStaysOne() {
        var kitchen = given().kitchen();
        Order placed = kitchen.order().place();
        OrderEvent disputed = new OrderEvent.OrderDisputed(placed.id(), kitchen.id(), minutesAfterNoon(3));
        OrderEvent refunded = new PaymentChanged(placed.id(), kitchen.id(), PaymentStatus.PARTIALLY_REFUNDED,
                minutesAfterNoon(4));
        publish(disputed);
        publish(refunded);

        assertThat(database().orderEvents().after(kitchen.id(), 0, 10))
                .containsExactly(new LoggedOrderEvent(1, disputed), new LoggedOrderEvent(2, refunded));
    }

    @Test
    void aDelay_replaysWithItsNewPromise_actorAndReason() {
        var kitchen = given().kitchen();
        Order accepted = kitchen.order().place().transition(TransitionRequest.to(OrderStatus.ACCEPTED)
                .withPrepTime(Duration.ofMinutes(15)), Actor.staff(UUID.randomUUID()), minutesAfterNoon(1)).order();
        OrderDelayed delayed = accepted.delay(Duration.ofMinutes(20), Optional.of("oven down"),
                Actor.manager(UUID.randomUUID()), minutesAfterNoon(5)).event();
        publish(delayed);

        assertThat(database().orderEvents().after(kitchen.id(), 0, 10))
                .containsExactly(new LoggedOrderEvent(1, delayed));
    }

    @Test
    void concurrentChanges_getDistinctGaplessNumbers() throws Exception {
        var kitchen = given().kitchen();
        Order order = kitchen.order().place();

        List<Long> seqs = Concurrently.run(10, () -> publish(placed(order)));

        assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
    }

    // A checkout takes the order's number and its event's seq in one statement (RestaurantCounters).
    @Test
    void anOrderPlacedWithItsEvent_takesTheNextSeq_andTheNextChangeTheOneAfter() {
        var kitchen = given().kitchen();

        long seq = database().transactions().inTransaction(() -> {
            Order order = kitchen.order().build(database().orders().nextNumber(kitchen.id()));
            database().orders().add(order);
            return database().orderEvents().publish(placed(order));
        });
        Order another = kitchen.order().place();

        assertThat(seq).isEqualTo(1);
        assertThat(publish(placed(another))).isEqualTo(2);
        assertThat(database().orderEventLog().lastSeq(kitchen.id())).isEqualTo(2);
    }

    @Test
    void ordersNumberedWithoutTheirEvents_leaveNoGapInTheSeqs() {
        var kitchen = given().kitchen();
        var elsewhere = given().kitchen();
        Order first = kitchen.order().place();
        Order other = elsewhere.order().place();

        List<Long> seqs = database().transactions().inTransaction(() -> {
            Order second = kitchen.order().build(database().orders().nextNumber(kitchen.id()));
            Order third = kitchen.order().build(database().orders().nextNumber(kitchen.id()));
            database().orders().add(second);
            database().orders().add(third);
            return List.of(database().orderEvents().publish(placed(other)),
                    database().orderEvents().publish(placed(second)));
        });

        assertThat(seqs).containsExactly(1L, 1L);
        assertThat(publish(placed(first))).isEqualTo(2);
        assertThat(database().orderEventLog().lastSeq(elsewhere.id())).isEqualTo(1);
        assertThat(database().orders().nextNumber(kitchen.id())).isEqualTo(4);
    }

    @Test
    void rolledBackChange_leavesNoEvent_andGivesItsNumberBack() {
        var kitchen = given().kitchen();
        Order order = kitchen.order().place();
        publish(placed(order));

        assertThatThrownBy(() -> database().transactions().inTransaction(() -> {
            database().orderEvents().publish(placed(order));
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(publish(placed(order))).isEqualTo(2);
        assertThat(database().orderEvents().after(kitchen.id(), 0, 10)).hasSize(2);
    }

    @Test
    void theLog_knowsItsLastSeq_andReplaysADueOrder() {
        var kitchen = given().kitchen();
        Order order = kitchen.order().place();
        assertThat(database().orderEventLog().lastSeq(kitchen.id())).isZero();
        publish(placed(order));
        OrderDue due = new OrderDue(order.id(), kitchen.id(), minutesAfterNoon(30));
        publish(due);

        assertThat(database().orderEventLog().lastSeq(kitchen.id())).isEqualTo(2);
        assertThat(database().orderEventLog().after(kitchen.id(), 1, 10)).containsExactly(new LoggedOrderEvent(2, due));
    }

    @Test
    void forgetting_dropsTheEventsBeforeTheCutoff_andKeepsTheNumbering() {
        var kitchen = given().kitchen();
        Order order = kitchen.order().place();
        publish(new PaymentChanged(order.id(), kitchen.id(), PaymentStatus.CAPTURED, minutesAfterNoon(1)));
        publish(new PaymentChanged(order.id(), kitchen.id(), PaymentStatus.REFUNDED, minutesAfterNoon(10)));

        assertThat(database().orderEventLog().forgetBefore(minutesAfterNoon(5))).isGreaterThanOrEqualTo(1);

        assertThat(database().orderEventLog().after(kitchen.id(), 0, 10)).extracting(LoggedOrderEvent::seq)
                .containsExactly(2L);
        assertThat(database().orderEventLog().lastSeq(kitchen.id())).isEqualTo(2);
    }

    @Test
    void aCommittedEvent_isSignalled_aRolledBackOneIsNot() {
        var kitchen = given().kitchen();
        Order order = kitchen.order().place();
        var heard = new java.util.concurrent.LinkedBlockingQueue<Long>();
        database().orderEventSignals().start(new OrderEventSignals.Listener() {
            @Override
            public void committed(RestaurantId restaurantId, long seq) {
                if (restaurantId.equals(kitchen.id())) {
                    heard.add(seq);
                }
            }

            @Override
            public void mayHaveMissed() {
            }
        });
        // PostgreSQL's listener connects on its own thread: signal until it listens.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            publish(placed(order));
            return heard.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS) != null;
        });
        heard.clear();
        assertThatThrownBy(() -> database().transactions().inTransaction(() -> {
            database().orderEvents().publish(placed(order));
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);
        long committed = publish(placed(order));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(committed));
        assertThat(heard).containsExactly(committed);
    }

    private long publish(OrderEvent event) {
        return database().transactions().inTransaction(() -> database().orderEvents().publish(event));
    }

    private static OrderPlaced placed(Order order) {
        return new OrderPlaced(order.id(), order.restaurantId(), order.placedAt());
    }
}
