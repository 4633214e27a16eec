package dev.chit.domain.order;

import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.checkout.FulfillmentType;
import dev.chit.domain.error.Conflict;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.AWAITING_PAYMENT;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.COMPLETED;
import static dev.chit.domain.order.OrderStatus.OUT_FOR_DELIVERY;
import static dev.chit.domain.order.OrderStatus.PLACED;
import static dev.chit.domain.order.OrderStatus.PREPARING;
import static dev.chit.domain.order.OrderStatus.READY;
import static dev.chit.domain.order.OrderStatus.REJECTED;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every (from, to) pair of statuses, for every kind of actor and every fulfillment, and
 * checks the order against the table of API.md ("The order"), copied here by hand rather than
 * read from the main code, so that a wrong table there cannot agree with itself.
 */
class OrderTransitionTableTest {

    private static final Instant AT = Instant.parse("2026-03-02T12:30:00Z");
    private static final Duration PREP = Duration.ofMinutes(17);
    private static final String REASON = "out of buns";
    private static final UUID STAFF_ID = UUID.fromString("00000000-0000-0000-0000-00000000057a");
    private static final UUID MANAGER_ID = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    /** Who asks. Staff in the table means any staff member, managers included. */
    enum Kind {
        CUSTOMER, STAFF, MANAGER, SYSTEM;

        Actor actor() {
            return switch (this) {
                case CUSTOMER -> Actor.customer();
                case STAFF -> Actor.staff(STAFF_ID);
                case MANAGER -> Actor.manager(MANAGER_ID);
                case SYSTEM -> Actor.system();
            };
        }
    }

    /** One row of the table of API.md. */
    record Row(OrderStatus from, OrderStatus to, Set<Kind> who, boolean reasonRequired, Set<FulfillmentType> only) {
    }

    private static final Set<Kind> STAFF = EnumSet.of(Kind.STAFF, Kind.MANAGER);
    private static final Set<Kind> MANAGER = EnumSet.of(Kind.MANAGER);
    private static final Set<FulfillmentType> ANY = EnumSet.allOf(FulfillmentType.class);

    private static final List<Row> API_TABLE = List.of(
            // Payments through Stripe: the bank confirmed (3-D Secure), or refused, or the guest never did.
            new Row(AWAITING_PAYMENT, PLACED, EnumSet.of(Kind.SYSTEM), false, ANY),
            new Row(AWAITING_PAYMENT, CANCELLED, EnumSet.of(Kind.SYSTEM), true, ANY),
            new Row(PLACED, ACCEPTED, STAFF, false, ANY),
            // Not in API.md's table, but what its autoAccept setting means: Chit accepts for the restaurant.
            new Row(PLACED, ACCEPTED, EnumSet.of(Kind.SYSTEM), false, ANY),
            new Row(PLACED, REJECTED, STAFF, true, ANY),
            new Row(PLACED, CANCELLED, EnumSet.of(Kind.CUSTOMER, Kind.STAFF, Kind.MANAGER), false, ANY),
            new Row(PLACED, REJECTED, EnumSet.of(Kind.SYSTEM), false, ANY),
            new Row(ACCEPTED, PREPARING, STAFF, false, ANY),
            new Row(ACCEPTED, CANCELLED, STAFF, true, ANY),
            new Row(PREPARING, READY, STAFF, false, ANY),
            new Row(PREPARING, CANCELLED, MANAGER, true, ANY),
            new Row(READY, CANCELLED, MANAGER, true, ANY),
            new Row(READY, OUT_FOR_DELIVERY, STAFF, false, EnumSet.of(FulfillmentType.DELIVERY)),
            new Row(READY, COMPLETED, STAFF, false, EnumSet.of(FulfillmentType.PICKUP, FulfillmentType.DINE_IN)),
            new Row(OUT_FOR_DELIVERY, COMPLETED, STAFF, false, ANY));

    enum Expected { MOVES, INVALID_TRANSITION, NOT_PERMITTED }

    private static Expected expected(OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        List<Row> forThisOrder = API_TABLE.stream()
                .filter(row -> row.from() == from && row.to() == to && row.only().contains(type))
                .toList();
        if (forThisOrder.isEmpty()) {
            return Expected.INVALID_TRANSITION;
        }
        return forThisOrder.stream().anyMatch(row -> row.who().contains(kind)) ? Expected.MOVES : Expected.NOT_PERMITTED;
    }

    private static Optional<Row> rowFor(OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        return API_TABLE.stream()
                .filter(row -> row.from() == from && row.to() == to && row.only().contains(type) && row.who().contains(kind))
                .findFirst();
    }

    private static Fulfillment fulfillment(FulfillmentType type) {
        return switch (type) {
            case PICKUP -> Fulfillment.pickup();
            case DELIVERY -> Fulfillment.delivery(DeliveryAddress.of("1 Main Street", "Brooklyn", "11201", "US"));
            case DINE_IN -> Fulfillment.dineIn("12");
        };
    }

    static Stream<Arguments> everyMove() {
        List<Arguments> all = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                for (Kind kind : Kind.values()) {
                    for (FulfillmentType type : FulfillmentType.values()) {
                        all.add(Arguments.of(from, to, kind, type));
                    }
                }
            }
        }
        return all.stream();
    }

    static Stream<Arguments> movesThatNeedAReason() {
        return everyMove().filter(args -> {
            Object[] a = args.get();
            return rowFor((OrderStatus) a[0], (OrderStatus) a[1], (Kind) a[2], (FulfillmentType) a[3])
                    .map(Row::reasonRequired).orElse(false);
        });
    }

    static Stream<Arguments> permittedMoves() {
        return everyMove().filter(args -> {
            Object[] a = args.get();
            return expected((OrderStatus) a[0], (OrderStatus) a[1], (Kind) a[2], (FulfillmentType) a[3]) == Expected.MOVES;
        });
    }

    static Stream<Arguments> acceptsByPermittedActors() {
        return permittedMoves().filter(args -> args.get()[1] == ACCEPTED);
    }

    /** The request a careful client sends: a prep time to accept, a reason where one is needed. */
    private static TransitionRequest completeRequest(OrderStatus to) {
        TransitionRequest request = TransitionRequest.to(to);
        if (to == ACCEPTED) {
            request = request.withPrepTime(PREP);
        }
        if (to == REJECTED || to == CANCELLED) {
            request = request.withReason(REASON);
        }
        return request;
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}, {3}")
    @MethodSource("everyMove")
    void everyMove_isExactlyAsTheTableOfApiMdSays(OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        Order order = anOrder().in(from).fulfilled(fulfillment(type)).atVersion(4).build();
        TransitionRequest request = completeRequest(to);
        Actor actor = kind.actor();

        switch (expected(from, to, kind, type)) {
            case INVALID_TRANSITION -> assertThatThrownBy(() -> order.transition(request, actor, AT))
                    .isInstanceOfSatisfying(InvalidTransition.class, e -> {
                        assertThat(e).isInstanceOf(Conflict.class);
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                    });
            case NOT_PERMITTED -> assertThatThrownBy(() -> order.transition(request, actor, AT))
                    .isInstanceOf(TransitionNotPermitted.class);
            case MOVES -> assertMoved(order, request, actor, order.transition(request, actor, AT));
        }
    }

    private static void assertMoved(Order before, TransitionRequest request, Actor actor, Order.Transitioned result) {
        OrderStatus from = before.status();
        OrderStatus to = request.to();
        Order after = result.order();

        assertThat(after.status()).isEqualTo(to);
        assertThat(after.history()).hasSize(before.history().size() + 1);
        assertThat(after.history().subList(0, before.history().size())).isEqualTo(before.history());
        assertThat(after.history().getLast())
                .isEqualTo(new HistoryEntry(Optional.of(from), to, AT, actor, request.reason()));

        assertThat(after.acceptedAt()).isEqualTo(to == ACCEPTED ? Optional.of(AT) : before.acceptedAt());
        assertThat(after.estimatedReadyAt()).isEqualTo(to == ACCEPTED ? AT.plus(PREP) : before.estimatedReadyAt());
        assertThat(after.readyAt()).isEqualTo(to == READY ? Optional.of(AT) : before.readyAt());
        assertThat(after.completedAt()).isEqualTo(to == COMPLETED ? Optional.of(AT) : before.completedAt());

        // A move changes where the order stands, nothing else; the payment moves when the
        // gateway has done what the event asks.
        assertThat(after).usingRecursiveComparison()
                .ignoringFields("status", "history", "acceptedAt", "estimatedReadyAt", "readyAt", "completedAt")
                .isEqualTo(before);
        assertThat(after.version()).isEqualTo(4);
        assertThat(after.paymentStatus()).isEqualTo(before.paymentStatus());

        OrderStatusChanged event = result.event();
        assertThat(event).isEqualTo(new OrderStatusChanged(before.id(), before.restaurantId(), from, to, actor,
                request.reason(), expectedPaymentAction(before.paymentStatus(), to), AT));
    }

    /** What API.md's notes column asks of the payment. */
    static PaymentAction expectedPaymentAction(PaymentStatus payment, OrderStatus to) {
        if (to == ACCEPTED) {
            return payment == PaymentStatus.AUTHORIZED ? PaymentAction.CAPTURE : PaymentAction.NONE;
        }
        if (to == REJECTED || to == CANCELLED) {
            if (payment == PaymentStatus.AUTHORIZED || payment == PaymentStatus.REQUIRES_ACTION) {
                return PaymentAction.VOID;
            }
            if (payment == PaymentStatus.CAPTURED || payment == PaymentStatus.PARTIALLY_REFUNDED) {
                return PaymentAction.REFUND_REMAINING;
            }
        }
        return PaymentAction.NONE;
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}, {3}")
    @MethodSource("movesThatNeedAReason")
    void aMoveThatNeedsAReason_withoutOne_isInvalidInputOnReason(
            OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        Order order = anOrder().in(from).fulfilled(fulfillment(type)).build();

        for (TransitionRequest noReason : List.of(TransitionRequest.to(to), TransitionRequest.to(to).withReason("   "))) {
            assertThatThrownBy(() -> order.transition(noReason, kind.actor(), AT))
                    .isInstanceOfSatisfying(InvalidInput.class, e ->
                            assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
        }
    }

    static Stream<Arguments> movesThatNeedNoReason() {
        return permittedMoves().filter(args -> {
            Object[] a = args.get();
            return !rowFor((OrderStatus) a[0], (OrderStatus) a[1], (Kind) a[2], (FulfillmentType) a[3])
                    .orElseThrow().reasonRequired();
        });
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}, {3}")
    @MethodSource("movesThatNeedNoReason")
    void aMoveThatNeedsNoReason_succeedsWithoutOne(OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        Order order = anOrder().in(from).fulfilled(fulfillment(type)).build();
        TransitionRequest request = to == ACCEPTED ? TransitionRequest.to(to).withPrepTime(PREP) : TransitionRequest.to(to);

        Order.Transitioned moved = order.transition(request, kind.actor(), AT);

        assertThat(moved.order().status()).isEqualTo(to);
        assertThat(moved.order().history().getLast().reason()).isEmpty();
        assertThat(moved.event().reason()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}, {3}")
    @MethodSource("acceptsByPermittedActors")
    void acceptingWithoutAPrepTime_isInvalidInputOnPrepMinutes(
            OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        Order order = anOrder().in(from).fulfilled(fulfillment(type)).build();

        assertThatThrownBy(() -> order.transition(TransitionRequest.to(ACCEPTED), kind.actor(), AT))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("prepMinutes"));
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}, {3}")
    @MethodSource("permittedMoves")
    void aReasonGiven_isKeptStrippedInTheHistoryAndTheEvent(OrderStatus from, OrderStatus to, Kind kind, FulfillmentType type) {
        Order order = anOrder().in(from).fulfilled(fulfillment(type)).build();
        TransitionRequest request = completeRequest(to).withReason("  table 4 asked  ");

        Order.Transitioned moved = order.transition(request, kind.actor(), AT);

        assertThat(moved.order().history().getLast().reason()).contains("table 4 asked");
        assertThat(moved.event().reason()).contains("table 4 asked");
    }

    @Test
    void theCopyOfTheTable_hasExactlyTheMovesOfApiMd() {
        for (OrderStatus from : OrderStatus.values()) {
            Set<OrderStatus> reachable = EnumSet.noneOf(OrderStatus.class);
            API_TABLE.stream().filter(row -> row.from() == from).forEach(row -> reachable.add(row.to()));
            Set<OrderStatus> expected = switch (from) {
                case AWAITING_PAYMENT -> EnumSet.of(PLACED, CANCELLED);
                case PLACED -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED);
                case ACCEPTED -> EnumSet.of(PREPARING, CANCELLED);
                case PREPARING -> EnumSet.of(READY, CANCELLED);
                case READY -> EnumSet.of(CANCELLED, OUT_FOR_DELIVERY, COMPLETED);
                case OUT_FOR_DELIVERY -> EnumSet.of(COMPLETED);
                case COMPLETED, REJECTED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
            };
            assertThat(reachable).as("from %s", from).isEqualTo(expected);
            assertThat(from.isFinal()).as("%s is final", from).isEqualTo(expected.isEmpty());
        }
        assertThat(everyMove()).hasSize(9 * 9 * 4 * 3);
        assertThat(permittedMoves()).isNotEmpty();
    }
}
