package dev.chit.adapters.persistence;

import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.LineQuantity;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.restaurant.TaxPolicy;
import dev.chit.domain.restaurant.TaxRate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.adapters.persistence.Fixtures.EUR;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class OrdersContract extends ContractBase {

    private static final UUID MANAGER = UUID.randomUUID();

    @Test
    void placedOrder_readBack_isTheSameOrder() {
        var kitchen = given().kitchen();
        Order placed = kitchen.order().line("Cola", 2).place();

        assertThat(database().orders().find(placed.id())).contains(placed);
    }

    @Test
    void theGuestsLanguage_isKeptWithTheOrder() {
        var kitchen = given().kitchen();
        Order german = kitchen.order().line("Cola", 1).inLanguage(GuestLanguage.DE).place();
        Order english = kitchen.order().line("Cola", 1).place();

        assertThat(database().orders().find(german.id()).orElseThrow().customer().language())
                .isEqualTo(GuestLanguage.DE);
        assertThat(database().orders().find(english.id()).orElseThrow().customer().language())
                .isEqualTo(GuestLanguage.EN);
    }

    @Test
    void aDeliveryAddress_roundTrips_inEveryPart() {
        var kitchen = given().kitchen();
        DeliveryAddress address = new DeliveryAddress("Via Dante 7", Optional.of("Scala B, interno 4"),
                Optional.of("Milano"), Optional.of("MI"), Optional.of("20121"), Optional.of("IT"),
                Optional.of("Citofono Bianchi\nsecondo piano"));
        Order placed = kitchen.order().line("Cola", 1).deliveredTo(address).place();

        assertThat(database().orders().find(placed.id()).orElseThrow().fulfillment().address()).contains(address);
    }

    @Test
    void fullOrder_roundTrips_withOptionsNotesHistoryMoneyAndMicroseconds() {
        var kitchen = given().kitchen();
        Order placed = kitchen.order()
                .line("Cheeseburger", 2, "Bacon", "Fried egg")
                .lineWithNote("Fries", 1, "extra crispy")
                .line("Cola", 3)
                .delivery("Via Dante 7, Milano")
                .customer("Luca Bianchi", "luca@example.org", Optional.empty())
                .notes("Ring twice\nthird floor")
                .scheduledFor(Instant.parse("2026-11-25T13:30:00.654321Z"))
                .tip(275)
                .placedAt(Instant.parse("2026-11-25T12:00:00.000001Z"))
                .place();

        Order moved = moveAlong(placed);

        Order read = database().orders().find(placed.id()).orElseThrow();
        assertThat(read).isEqualTo(moved);
        assertThat(read.lines().getFirst().options()).hasSize(2);
        assertThat(read.lines().get(1).note()).contains("extra crispy");
        assertThat(read.history()).hasSize(3);
        assertThat(read.history().get(2).actor()).isEqualTo(Actor.manager(MANAGER));
        assertThat(read.refunded()).isEqualTo(Money.of(500, EUR));
        assertThat(read.scheduledFor()).contains(Instant.parse("2026-11-25T13:30:00.654321Z"));
    }

    @Test
    void anOrderAwaitingTheBank_isStoredUnnumbered_inNoListOrSummary_untilPlaced() {
        var kitchen = given().kitchen();
        Order before = kitchen.order().line("Cola", 1).place();
        Order awaiting = kitchen.order().line("Cola", 2).awaitPayment();

        assertThat(database().orders().find(awaiting.id())).contains(awaiting);
        assertThat(database().orders().search(OrderQuery.all(kitchen.id())).items())
                .extracting(Order::id).containsExactly(before.id());

        Order placed = database().transactions().inTransaction(() -> database().orders().update(
                awaiting.placedAfterAuthentication(database().orders().nextNumber(kitchen.id()),
                        minutesAfterNoon(3)).order()));

        Order read = database().orders().find(awaiting.id()).orElseThrow();
        assertThat(read).isEqualTo(placed);
        assertThat(read.number()).isEqualTo(before.number() + 1);
        assertThat(read.placedAt()).isEqualTo(minutesAfterNoon(3));
        assertThat(database().orders().search(OrderQuery.all(kitchen.id())).items())
                .extracting(Order::id).containsExactlyInAnyOrder(before.id(), awaiting.id());
    }

    @Test
    void theOrdersAwaitingTheBank_sinceAMoment_areListedOldestFirst_andNoOthers() {
        var kitchen = given().kitchen();
        Instant longAgo = Instant.parse("2020-01-06T09:00:00Z");
        Order oldest = kitchen.order().line("Cola", 1).placedAt(longAgo).awaitPayment();
        Order older = kitchen.order().line("Cola", 2).placedAt(longAgo.plusSeconds(60)).awaitPayment();
        Order recent = kitchen.order().line("Cola", 3).placedAt(longAgo.plusSeconds(600)).awaitPayment();
        Order placed = kitchen.order().line("Cola", 1).placedAt(longAgo).place();

        assertThat(database().awaitingPayments().waitingSince(longAgo.plusSeconds(60), 100))
                .containsExactly(oldest.id(), older.id())
                .doesNotContain(recent.id(), placed.id());
        assertThat(database().awaitingPayments().waitingSince(longAgo.plusSeconds(60), 1)).containsExactly(oldest.id());
    }

    @Test
    void anOrderCancelledBeforeItWasPlaced_staysUnnumbered_andOutOfTheLists() {
        var kitchen = given().kitchen();
        Order awaiting = kitchen.order().line("Cola", 1).awaitPayment();

        Order cancelled = database().transactions().inTransaction(() -> database().orders().update(awaiting.transition(
                TransitionRequest.to(OrderStatus.CANCELLED).withReason(Order.PAYMENT_FAILED), Actor.system(),
                minutesAfterNoon(1)).order()));

        assertThat(database().orders().find(awaiting.id())).contains(cancelled);
        assertThat(cancelled.isNumbered()).isFalse();
        assertThat(database().orders().search(OrderQuery.all(kitchen.id())).items()).isEmpty();
    }

    @Test
    void dineInOrder_keepsItsTable() {
        Order placed = given().kitchen().order().dineIn("12").place();

        assertThat(database().orders().find(placed.id()).orElseThrow().fulfillment().table()).contains("12");
    }

    @Test
    void update_storesTheMove_andReturnsTheNextVersion() {
        Order placed = given().kitchen().order().place();

        Order accepted = database().orders().update(accept(placed));

        assertThat(accepted.version()).isEqualTo(1);
        assertThat(database().orders().find(placed.id())).contains(accepted);
    }

    @Test
    void aDisputeAndARefundMadeElsewhere_areStored_withTheEntryThatMovedNothing() {
        Order accepted = database().orders().update(accept(given().kitchen().order().place()));
        Order captured = database().orders().update(accepted.captured(minutesAfterNoon(2)).order());
        Order refunded = captured.refundedElsewhere(Money.of(300, captured.currency()), Money.zero(captured.currency()),
                minutesAfterNoon(3)).orElseThrow().order();
        Order disputed = database().orders().update(refunded).disputed(minutesAfterNoon(4)).orElseThrow().order();

        Order stored = database().orders().update(disputed);

        assertThat(database().orders().find(accepted.id())).contains(stored);
        assertThat(stored.disputed()).isTrue();
        assertThat(stored.refunded().minorUnits()).isEqualTo(300);
        assertThat(stored.history().getLast().reason()).contains(Order.REFUNDED_ELSEWHERE);
        assertThat(stored.history().getLast().isMove()).isFalse();
    }

    @Test
    void staleUpdate_isRefused_andLeavesTheStoredOrderAlone() {
        Order placed = given().kitchen().order().place();
        Order readByAlice = database().orders().find(placed.id()).orElseThrow();
        Order readByBob = database().orders().find(placed.id()).orElseThrow();
        Order acceptedByAlice = database().orders().update(accept(readByAlice));

        Order rejectedByBob = readByBob.transition(TransitionRequest.to(OrderStatus.REJECTED).withReason("sold out"),
                Actor.staff(UUID.randomUUID()), minutesAfterNoon(2)).order();

        assertThatThrownBy(() -> database().orders().update(rejectedByBob))
                .isInstanceOfSatisfying(StaleOrder.class, stale -> {
                    assertThat(stale.orderId()).isEqualTo(placed.id());
                    assertThat(stale.expectedVersion()).isZero();
                });
        Order stored = database().orders().find(placed.id()).orElseThrow();
        assertThat(stored).isEqualTo(acceptedByAlice);
        assertThat(stored.history()).extracting(entry -> entry.to())
                .containsExactly(OrderStatus.PLACED, OrderStatus.ACCEPTED);
    }

    @Test
    void eachLine_keepsTheTaxRateItWasSoldAt() {
        var kitchen = given().kitchen();
        Order placed = kitchen.order().line("Cola", 2).line("Fries", 1).place();

        Order read = database().orders().find(placed.id()).orElseThrow();
        assertThat(read.lines()).allSatisfy(line -> assertThat(line.taxRate())
                .contains(new TaxRate(TaxPolicy.STANDARD_CODE, placed.totals().taxes().getFirst().basisPoints())));
        assertThat(read.lines()).isEqualTo(placed.lines());
    }

    @Test
    void aLineStoredBeforeLinesKeptTheirRate_readsBackWithNone() {
        Order placed = given().kitchen().order().line("Cola", 2).place();
        database().statements().update("test-forget-rates",
                "UPDATE order_lines SET tax_code = NULL, tax_basis_points = NULL WHERE order_id = ?",
                placed.id().value());

        assertThat(database().orders().find(placed.id()).orElseThrow().lines())
                .allSatisfy(line -> assertThat(line.taxRate()).isEmpty());
    }

    @Test
    void refundedItems_areStoredWithTheRefund_andAStaleRefundStoresNone() {
        Order placed = given().kitchen().order().place();
        Order captured = database().orders().update(accept(placed).captured(minutesAfterNoon(3))
                .order());
        var line = captured.lines().getFirst();
        List<LineQuantity> one = List.of(new LineQuantity(line.id(), 1));

        Order refunded = database().orders().update(captured.refundLines(one, minutesAfterNoon(4)).order());

        assertThat(database().orders().find(placed.id())).contains(refunded);
        assertThat(refunded.lines().getFirst().refundedQuantity()).isEqualTo(1);
        Order stale = captured.refundLines(List.of(new LineQuantity(line.id(), line.quantity())),
                minutesAfterNoon(5)).order();
        assertThatThrownBy(() -> database().orders().update(stale)).isInstanceOf(StaleOrder.class);
        assertThat(database().orders().find(placed.id())).contains(refunded);
    }

    @Test
    void unknownOrder_isNotFound() {
        assertThat(database().orders().find(new OrderId(UUID.randomUUID()))).isEmpty();
        assertThat(database().orders().accessTokenHash(new OrderId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void accessTokenHash_isEmptyUntilGranted() {
        Order placed = given().kitchen().order().place();
        assertThat(database().orders().accessTokenHash(placed.id())).isEmpty();

        database().orders().grantAccess(placed.id(), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

        assertThat(database().orders().accessTokenHash(placed.id()))
                .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(database().orders().find(placed.id()).orElseThrow().version()).isZero();
    }

    /** Accepted by staff, paid, started by the manager with a reason, partly refunded. */
    private Order moveAlong(Order placed) {
        Order accepted = database().orders().update(accept(placed));
        Order captured = accepted.captured(minutesAfterNoon(3)).order();
        Order preparing = captured.transition(new TransitionRequest(OrderStatus.PREPARING, Optional.empty(),
                Optional.of("starting early")), Actor.manager(MANAGER), minutesAfterNoon(4)).order();
        Order refunded = preparing.refunded(Money.of(500, EUR), minutesAfterNoon(5)).order();
        return database().orders().update(refunded);
    }

    private static Order accept(Order order) {
        return order.transition(TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(20)),
                Actor.staff(UUID.randomUUID()), minutesAfterNoon(1).plusNanos(7_000)).order();
    }
}
