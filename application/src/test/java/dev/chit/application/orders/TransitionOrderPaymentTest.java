package dev.chit.application.orders;

import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.FakeCardNetwork.Call;
import dev.chit.application.testing.FakeCardNetwork.Fault;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperation.Kind;
import dev.chit.domain.payment.PaymentOperation.State;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.Checkouts.TOTAL;
import static dev.chit.application.testing.Checkouts.place;
import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.REJECTED;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What each move does with the card, and how a call that failed is finished later. */
class TransitionOrderPaymentTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();
    private final OrderId orderId = place(chit, "tok_visa", "k1").order().id();

    private Order move(OrderStatus to, String reason) {
        TransitionRequest request = TransitionRequest.to(to);
        return chit.transitionOrder.transition(orderId, reason == null ? request : request.withReason(reason), COOK,
                RESTAURANT_ID::equals, Optional.empty());
    }

    private Order stored() {
        return chit.orders.find(orderId).orElseThrow();
    }

    private PaymentOperation last() {
        return chit.payments.ofOrder(orderId).getLast();
    }

    @Test
    void accepting_capturesTheTotal_andAnswersWithTheCapturedOrder() {
        Order accepted = move(ACCEPTED, null);

        assertThat(accepted.status()).isEqualTo(ACCEPTED);
        assertThat(accepted.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(accepted).isEqualTo(stored());
        assertThat(network.calls("capture")).containsExactly(
                new Call("capture", "auth_1", TOTAL, "order:" + orderId + ":capture"));
        assertThat(last().kind()).isEqualTo(Kind.CAPTURE);
        assertThat(last().state()).isEqualTo(State.SUCCEEDED);
        assertThat(chit.events.events().getLast())
                .isEqualTo(new PaymentChanged(orderId, RESTAURANT_ID, PaymentStatus.CAPTURED, chit.clock.instant()));
    }

    @Test
    void rejecting_voidsTheAuthorization() {
        Order rejected = move(REJECTED, "kitchen closing");

        assertThat(rejected.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(network.calls()).extracting(Call::operation).containsExactly("authorize", "void");
    }

    @Test
    void cancellingBeforeAccepting_voidsTheAuthorization() {
        Order cancelled = chit.transitionOrder.transition(orderId, TransitionRequest.to(CANCELLED), Actor.customer(),
                RESTAURANT_ID::equals, Optional.empty());

        assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(last().kind()).isEqualTo(Kind.VOID);
    }

    @Test
    void cancellingAfterTheCapture_refundsWhatWasTaken() {
        move(ACCEPTED, null);

        Order cancelled = move(CANCELLED, "out of buns");

        assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(cancelled.refunded().minorUnits()).isEqualTo(TOTAL);
        assertThat(network.calls("refund")).extracting(Call::amount).containsExactly(TOTAL);
        assertThat(last().reason()).contains("out of buns");
    }

    @Test
    void theMoveStands_whenTheNetworkIsDown_andTheJobCapturesLater_once() {
        network.failNext(1, Fault.BEFORE);

        Order accepted = move(ACCEPTED, null);

        assertThat(accepted.status()).isEqualTo(ACCEPTED);
        assertThat(accepted.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(last().state()).isEqualTo(State.PENDING);
        assertThat(last().attempts()).isEqualTo(1);

        assertThat(chit.settlePayments.settlePending()).isZero();

        assertThat(stored().paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(network.calls("capture")).hasSize(1);
    }

    @Test
    void aCaptureWhoseAnswerWasLost_isRepeatedUnderItsKey_andTakesTheMoneyOnce() {
        network.failNext(1, Fault.AFTER);

        move(ACCEPTED, null);
        assertThat(last().state()).isEqualTo(State.PENDING);
        chit.settlePayments.settlePending();
        chit.settlePayments.settlePending();

        assertThat(network.calls("capture")).hasSize(1);
        assertThat(last().state()).isEqualTo(State.SUCCEEDED);
        assertThat(stored().paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aCrashBetweenTheNetworksYesAndTheDatabase_isFinishedByTheJob_once() {
        chit.payments.failNextSettle(new IllegalStateException("the database went away"));

        Order accepted = move(ACCEPTED, null);
        assertThat(accepted.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(network.calls("capture")).hasSize(1);

        chit.settlePayments.settlePending();

        assertThat(network.calls("capture")).hasSize(1);
        assertThat(stored().paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(chit.payments.pending(10)).isEmpty();
    }

    @Test
    void cancellingWhileTheCaptureIsStillUnanswered_refundsOnceTheCaptureWentThrough() {
        network.failNext(1, Fault.AFTER);
        move(ACCEPTED, null);
        network.failNext(1, Fault.BEFORE);

        Order cancelled = move(CANCELLED, "guest left");
        assertThat(cancelled.status()).isEqualTo(CANCELLED);

        chit.clock.advance(Duration.ofMinutes(1));
        chit.settlePayments.settlePending();

        assertThat(network.calls()).extracting(Call::operation).containsExactly("authorize", "capture", "refund");
        assertThat(chit.payments.ofOrder(orderId)).extracting(PaymentOperation::kind, PaymentOperation::state)
                .containsExactly(tuple(Kind.AUTHORIZE, State.SUCCEEDED), tuple(Kind.CAPTURE, State.SUCCEEDED),
                        tuple(Kind.VOID, State.FAILED), tuple(Kind.REFUND, State.SUCCEEDED));
        assertThat(stored().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(stored().refunded().minorUnits()).isEqualTo(TOTAL);
        assertThat(last().reason()).contains("guest left");
    }

    @Test
    void movesThatAskNothingOfTheCard_callNothing() {
        move(ACCEPTED, null);
        move(OrderStatus.PREPARING, null);
        move(OrderStatus.READY, null);
        move(OrderStatus.COMPLETED, null);

        assertThat(network.calls()).extracting(Call::operation).containsExactly("authorize", "capture");
    }
}
