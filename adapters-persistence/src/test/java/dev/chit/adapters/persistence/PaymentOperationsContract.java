package dev.chit.adapters.persistence;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperation.State;
import dev.chit.domain.payment.PaymentOperationId;
import dev.chit.domain.port.PaymentOperations;
import dev.chit.domain.restaurant.StripeAccountId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.chit.adapters.persistence.Fixtures.EUR;
import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class PaymentOperationsContract extends ContractBase {

    private static final Money AMOUNT = Money.of(1234, EUR);

    private PaymentOperations operations() {
        return database().paymentOperations();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return database().transactions().inTransaction(work);
    }

    private static PaymentOperationId newId() {
        return new PaymentOperationId(UUID.randomUUID());
    }

    private static PaymentOperation capture(OrderId orderId) {
        return PaymentOperation.capture(newId(), orderId, "auth_" + orderId, AMOUNT, NOON);
    }

    private PaymentOperation recorded(PaymentOperation operation) {
        inTransaction(() -> {
            operations().record(operation);
            return null;
        });
        return operation;
    }

    @Test
    void anAuthorization_isRecordedBeforeItsOrderExists_andReadBackAsWritten() {
        OrderId notYetPlaced = new OrderId(UUID.randomUUID());
        PaymentOperation authorization = recorded(PaymentOperation.authorization(newId(), notYetPlaced, AMOUNT, NOON));

        assertThat(operations().find(authorization.id())).contains(authorization);
        assertThat(operations().findByGatewayKey("order:" + notYetPlaced + ":authorize")).contains(authorization);
        assertThat(operations().find(newId())).isEmpty();
    }

    @Test
    void anAuthorization_keepsTheConnectedAccountItWasSentTo() {
        OrderId orderId = new OrderId(UUID.randomUUID());
        PaymentOperation authorization = recorded(PaymentOperation.authorization(newId(), orderId, AMOUNT,
                Optional.of(new StripeAccountId("acct_1Bistro")), NOON));
        PaymentOperation settled = authorization.succeeded(Optional.of("pi_1"), minutesAfterNoon(1));

        assertThat(inTransaction(() -> operations().settle(settled))).isTrue();

        assertThat(operations().ofOrder(orderId)).containsExactly(settled);
        assertThat(settled.account()).contains(new StripeAccountId("acct_1Bistro"));
    }

    @Test
    void anAuthorization_findsItsOrder_byTheNetworksId() {
        OrderId orderId = new OrderId(UUID.randomUUID());
        PaymentOperation authorization = recorded(PaymentOperation.authorization(newId(), orderId, AMOUNT, NOON));
        inTransaction(() -> operations().settle(authorization.succeeded(Optional.of("pi_contract_" + orderId),
                minutesAfterNoon(1))));
        recorded(PaymentOperation.capture(newId(), orderId, "pi_contract_" + orderId, AMOUNT, NOON));

        assertThat(operations().orderAuthorizedAs("pi_contract_" + orderId)).contains(orderId);
        assertThat(operations().orderAuthorizedAs("pi_someoneElses")).isEmpty();
    }

    @Test
    void aNetworksEvent_isReceivedOnce_andNotAtAllWhenItsTransactionRollsBack() {
        String eventId = "evt_" + UUID.randomUUID();
        var received = database().receivedPaymentEvents();
        try {
            inTransaction(() -> {
                assertThat(received.firstReceipt(eventId, "charge.refunded", NOON)).isTrue();
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back, the event with it
        }

        assertThat(inTransaction(() -> received.firstReceipt(eventId, "charge.refunded", NOON))).isTrue();
        assertThat(inTransaction(() -> received.firstReceipt(eventId, "charge.refunded", minutesAfterNoon(1))))
                .isFalse();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        PaymentOperation refund = recorded(PaymentOperation.refund(newId(), new OrderId(UUID.randomUUID()), "auth_9",
                AMOUNT, Optional.of("cold fries"), Optional.of("client-key-1"), NOON));
        PaymentOperation settled = refund.succeeded(Optional.empty(), minutesAfterNoon(1));

        assertThat(inTransaction(() -> operations().settle(settled))).isTrue();

        assertThat(operations().find(refund.id())).contains(settled);
    }

    @Test
    void aGatewayKey_isRecordedOnce() {
        OrderId orderId = new OrderId(UUID.randomUUID());
        recorded(capture(orderId));

        assertThatThrownBy(() -> recorded(capture(orderId))).isInstanceOf(IllegalStateException.class);
        assertThat(operations().ofOrder(orderId)).hasSize(1);
    }

    @Test
    void theOperationsOfAnOrder_comeInTheOrderTheyWereRecorded_evenAtTheSameInstant() {
        OrderId orderId = new OrderId(UUID.randomUUID());
        PaymentOperation authorization = recorded(PaymentOperation.authorization(
                new PaymentOperationId(UUID.fromString("ffffffff-0000-7000-8000-000000000000")), orderId, AMOUNT, NOON));
        PaymentOperation capture = recorded(PaymentOperation.capture(
                new PaymentOperationId(UUID.fromString("00000000-0000-7000-8000-000000000000")), orderId, "auth_1",
                AMOUNT, NOON));
        PaymentOperation voiding = recorded(PaymentOperation.voiding(newId(), orderId, "auth_1", AMOUNT,
                Optional.empty(), NOON));

        assertThat(operations().ofOrder(orderId)).containsExactly(authorization, capture, voiding);
    }

    @Test
    void settling_takesEffectOnce_andOnlyOnAPendingOperation() {
        PaymentOperation authorization = recorded(PaymentOperation.authorization(newId(), new OrderId(UUID.randomUUID()),
                AMOUNT, NOON));
        PaymentOperation granted = authorization.succeeded(Optional.of("auth_42"), minutesAfterNoon(1));

        assertThat(inTransaction(() -> operations().settle(granted))).isTrue();
        assertThat(inTransaction(() -> operations().settle(authorization.failed("abandoned", minutesAfterNoon(2)))))
                .isFalse();

        PaymentOperation stored = operations().find(authorization.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(State.SUCCEEDED);
        assertThat(stored.authorizationId()).contains("auth_42");
        assertThat(stored.settledAt()).contains(minutesAfterNoon(1));
    }

    // Checkout's confirmation: sent with the order's other writes, it still loses to the job.
    @Test
    void settlingWithTheTransaction_afterSomeoneElseSettled_failsTheTransaction_andNothingOfItCommits() {
        var kitchen = given().kitchen();
        PaymentOperation authorization = recorded(PaymentOperation.authorization(newId(), new OrderId(UUID.randomUUID()),
                AMOUNT, NOON));
        PaymentOperation givenUp = authorization.failed("abandoned", minutesAfterNoon(1));
        inTransaction(() -> operations().settle(givenUp));
        IllegalStateException settledElsewhere = new IllegalStateException("given up before its order was stored");

        assertThatThrownBy(() -> inTransaction(() -> {
            kitchen.order().place();
            operations().settleWithTransaction(authorization.succeeded(Optional.of("auth_7"), minutesAfterNoon(2)),
                    () -> settledElsewhere);
            return null;
        })).isSameAs(settledElsewhere);

        assertThat(operations().find(authorization.id())).contains(givenUp);
        assertThat(database().orders().nextNumber(kitchen.id())).isEqualTo(1);
    }

    @Test
    void settlingWithTheTransaction_aPendingOperation_commitsWithIt() {
        PaymentOperation authorization = recorded(PaymentOperation.authorization(newId(), new OrderId(UUID.randomUUID()),
                AMOUNT, NOON));
        PaymentOperation granted = authorization.succeeded(Optional.of("auth_8"), minutesAfterNoon(1));

        inTransaction(() -> {
            operations().settleWithTransaction(granted, () -> new IllegalStateException("not expected"));
            return null;
        });

        assertThat(operations().find(authorization.id())).contains(granted);
    }

    @Test
    void twoSettlersAtOnce_exactlyOneWins() throws Exception {
        PaymentOperation capture = recorded(capture(new OrderId(UUID.randomUUID())));

        List<Boolean> won = Concurrently.run(4, () -> inTransaction(() ->
                operations().settle(capture.succeeded(Optional.empty(), minutesAfterNoon(1)))));

        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    void aFailedAttempt_isCounted_andLeavesTheOperationPending() {
        PaymentOperation capture = recorded(capture(new OrderId(UUID.randomUUID())));

        inTransaction(() -> {
            operations().attemptFailed(capture.id(), "timed out");
            operations().attemptFailed(capture.id(), "connection refused " + "x".repeat(600));
            return null;
        });

        PaymentOperation stored = operations().find(capture.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(State.PENDING);
        assertThat(stored.attempts()).isEqualTo(2);
        assertThat(stored.error().orElseThrow()).startsWith("connection refused").hasSize(PaymentOperation.MAX_ERROR_LENGTH);
    }

    @Test
    void pending_listsOnlyUnsettledOperations_oldestFirst() {
        PaymentOperation first = recorded(capture(new OrderId(UUID.randomUUID())));
        PaymentOperation settled = recorded(capture(new OrderId(UUID.randomUUID())));
        PaymentOperation second = recorded(capture(new OrderId(UUID.randomUUID())));
        inTransaction(() -> operations().settle(settled.failed("refused", NOON)));

        List<PaymentOperation> pending = operations().pending(10_000);

        assertThat(pending).doesNotContain(settled);
        assertThat(pending.indexOf(first)).isLessThan(pending.indexOf(second)).isNotNegative();
        assertThat(operations().pending(1)).hasSize(1);
    }

    @Test
    void theOutcomeAndTheOrdersPaymentStatus_commitTogether_orNotAtAll() {
        Order order = given().kitchen().order().place();
        PaymentOperation capture = recorded(PaymentOperation.capture(newId(), order.id(), "auth_7",
                order.totals().total(), NOON));

        assertThatThrownBy(() -> inTransaction(() -> {
            operations().settle(capture.succeeded(Optional.empty(), minutesAfterNoon(1)));
            database().orders().update(order.captured(minutesAfterNoon(1)).order());
            throw new IllegalStateException("crash before commit");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(operations().find(capture.id()).orElseThrow().isPending()).isTrue();
        assertThat(database().orders().find(order.id()).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);

        inTransaction(() -> {
            operations().settle(capture.succeeded(Optional.empty(), minutesAfterNoon(1)));
            return database().orders().update(order.captured(minutesAfterNoon(1)).order());
        });
        assertThat(operations().find(capture.id()).orElseThrow().state()).isEqualTo(State.SUCCEEDED);
        assertThat(database().orders().find(order.id()).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aRefund_isStoredOnTheOrder_withItsOperation() {
        Order order = given().kitchen().order().place();
        Order captured = database().orders().update(order.captured(NOON).order());
        Money part = Money.of(100, EUR);

        inTransaction(() -> {
            database().orders().update(captured.refunded(part, minutesAfterNoon(1)).order());
            operations().record(PaymentOperation.refund(newId(), order.id(), "auth_8", part, Optional.of("late"),
                    Optional.empty(), minutesAfterNoon(1)));
            return null;
        });

        Order stored = database().orders().find(order.id()).orElseThrow();
        assertThat(stored.refunded()).isEqualTo(part);
        assertThat(stored.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(operations().ofOrder(order.id())).singleElement()
                .satisfies(refund -> assertThat(refund.amount()).isEqualTo(part));
    }
}
