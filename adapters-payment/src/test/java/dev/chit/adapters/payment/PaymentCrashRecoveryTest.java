package dev.chit.adapters.payment;

import dev.chit.adapters.payment.SandboxGateway.Performed;
import dev.chit.application.access.Caller;
import dev.chit.application.orders.RefundCommand;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.RefundNotAllowed;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.Checkouts.TOTAL;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The use cases over in-memory stores and the real sandbox network, with the network and the
 * database failing in every window between them. Whatever fails, the settling job converges:
 * the network carries each capture, void and refund out exactly once, and the order's
 * {@code paymentStatus} ends up saying what the network did.
 */
class PaymentCrashRecoveryTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));
    private static final Caller MANAGER = new Caller(new UserId(UUID.randomUUID()), "boss@example.com", "Boss", false,
            List.of(new Membership(RESTAURANT_ID, Role.MANAGER)));

    private final SandboxGateway network =
            new SandboxGateway(new SandboxSettings(Duration.ZERO, Duration.ofMillis(20)));
    private final InMemoryChit chit = new InMemoryChit(network).with(aRestaurant().build(), SampleMenu.menu());

    private OrderId placed() {
        return Checkouts.place(chit, SandboxGateway.VISA, "k-" + UUID.randomUUID()).order().id();
    }

    private Order move(OrderId orderId, OrderStatus to, String reason) {
        TransitionRequest request = reason == null ? TransitionRequest.to(to) : TransitionRequest.to(to).withReason(reason);
        return chit.transitionOrder.transition(orderId, request, COOK, RESTAURANT_ID::equals, Optional.empty());
    }

    private Order stored(OrderId orderId) {
        return chit.orders.find(orderId).orElseThrow();
    }

    private SandboxAuthorization atTheNetwork(OrderId orderId) {
        String authorizationId = chit.paymentInstructions.authorizationOf(stored(orderId)).orElseThrow();
        return network.authorization(authorizationId).orElseThrow();
    }

    /** Runs the job as often as it takes, as the scheduler would. */
    private void settleUntilQuiet() {
        for (int run = 0; run < 10 && chit.settlePayments.settlePending() > 0; run++) {
            chit.clock.advance(Duration.ofSeconds(30));
        }
        assertThat(chit.payments.pending(100)).isEmpty();
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    @Test
    void aCaptureWhoseAnswerWasLost_isCapturedOnce() {
        OrderId orderId = placed();
        network.inject(SandboxFault.FAIL_AFTER, 1);

        Order accepted = move(orderId, OrderStatus.ACCEPTED, null);

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        settleUntilQuiet();
        assertThat(network.performed("capture")).hasSize(1);
        assertThat(atTheNetwork(orderId).captured()).isEqualTo(usd(TOTAL));
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aCrashAfterTheNetworkCapturedAndBeforeTheDatabaseHeard_isCapturedOnce() {
        OrderId orderId = placed();
        chit.payments.failNextSettle(new IllegalStateException("killed between the network and the database"));

        move(orderId, OrderStatus.ACCEPTED, null);
        assertThat(atTheNetwork(orderId).isCaptured()).isTrue();
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);

        settleUntilQuiet();
        assertThat(network.performed("capture")).hasSize(1);
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aVoidThroughSeveralOutages_isVoidedOnce() {
        OrderId orderId = placed();
        network.inject(SandboxFault.FAIL_BEFORE, 2);
        network.inject(SandboxFault.TIME_OUT, 1);
        network.inject(SandboxFault.FAIL_AFTER, 1);

        Order rejected = move(orderId, OrderStatus.REJECTED, "no drivers tonight");

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        settleUntilQuiet();
        assertThat(network.performed("void")).hasSize(1);
        assertThat(atTheNetwork(orderId).voided()).isTrue();
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
    }

    @Test
    void aCancellationAfterTheCapture_refundsOnce_whateverFails() {
        OrderId orderId = placed();
        move(orderId, OrderStatus.ACCEPTED, null);
        network.inject(SandboxFault.FAIL_AFTER, 1);
        chit.payments.failNextSettle(new IllegalStateException("database gone"));

        move(orderId, OrderStatus.CANCELLED, "oven broke");
        settleUntilQuiet();

        assertThat(network.performed("refund")).extracting(Performed::amount).containsExactly(TOTAL);
        assertThat(atTheNetwork(orderId).refunded()).isEqualTo(usd(TOTAL));
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aCancellationWhileTheCaptureIsUnanswered_becomesARefund_neverAVoidOfCapturedMoney() {
        OrderId orderId = placed();
        network.inject(SandboxFault.FAIL_AFTER, 1);
        move(orderId, OrderStatus.ACCEPTED, null);
        network.inject(SandboxFault.FAIL_BEFORE, 1);

        move(orderId, OrderStatus.CANCELLED, "guest gave up");
        settleUntilQuiet();

        assertThat(network.performed()).extracting(Performed::operation)
                .containsExactly("authorize", "capture", "refund");
        assertThat(atTheNetwork(orderId).voided()).isFalse();
        assertThat(atTheNetwork(orderId).refunded()).isEqualTo(usd(TOTAL));
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void partialRefundsThroughOutages_addUpExactly_andNeverPassTheCapture() {
        OrderId orderId = placed();
        move(orderId, OrderStatus.ACCEPTED, null);
        network.inject(SandboxFault.FAIL_AFTER, 1);
        chit.refundOrder.refund(new RefundCommand(orderId, 500, "cold fries", Optional.of("r1")), MANAGER);
        chit.refundOrder.refund(new RefundCommand(orderId, 500, "cold fries", Optional.of("r1")), MANAGER);
        network.inject(SandboxFault.FAIL_BEFORE, 1);
        chit.refundOrder.refund(new RefundCommand(orderId, TOTAL - 500, "the rest", Optional.empty()), MANAGER);

        assertThatThrownBy(() -> chit.refundOrder.refund(new RefundCommand(orderId, 1, "one more", Optional.empty()),
                MANAGER)).isInstanceOf(RefundNotAllowed.class);
        settleUntilQuiet();

        assertThat(network.performed("refund")).extracting(Performed::amount).containsExactly(500L, TOTAL - 500);
        assertThat(atTheNetwork(orderId).refunded()).isEqualTo(usd(TOTAL));
        assertThat(stored(orderId).paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void anAuthorizationWhoseAnswerWasLostAtCheckout_isReleasedOnce_andNoOrderExists() {
        network.inject(SandboxFault.FAIL_AFTER, 1);

        assertThatThrownBy(() -> Checkouts.place(chit, SandboxGateway.VISA, "k1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);
        assertThat(chit.orders.count()).isZero();
        String reserved = network.performed("authorize").getFirst().authorizationId().orElseThrow();

        chit.settlePayments.settlePending();
        assertThat(network.authorization(reserved).orElseThrow().voided()).as("too early to tell").isFalse();

        chit.clock.advance(InMemoryChit.ABANDON_AFTER);
        settleUntilQuiet();
        chit.settlePayments.settlePending();

        assertThat(network.performed("void")).hasSize(1);
        assertThat(network.authorization(reserved).orElseThrow().voided()).isTrue();
        assertThat(chit.orders.count()).isZero();
    }

    @Test
    void aCrashAfterTheAuthorizationAndBeforeTheOrderWasStored_isReleasedOnce() {
        assertThatThrownBy(() -> chit.placeOrder.place(Checkouts.paidWith(SandboxGateway.VISA, "k1"), (order, token, clientSecret) -> {
            throw new IllegalStateException("killed before the commit");
        })).isInstanceOf(IllegalStateException.class);

        chit.clock.advance(InMemoryChit.ABANDON_AFTER);
        settleUntilQuiet();

        String reserved = network.performed("authorize").getFirst().authorizationId().orElseThrow();
        assertThat(network.authorization(reserved).orElseThrow().voided()).isTrue();
        assertThat(network.performed("void")).hasSize(1);
        assertThat(chit.payments.all()).extracting(PaymentOperation::state)
                .containsExactly(PaymentOperation.State.FAILED, PaymentOperation.State.SUCCEEDED);
    }

    @Test
    void aCrashWhileReleasingAnAbandonedAuthorization_isFinishedByTheJob() {
        assertThatThrownBy(() -> chit.placeOrder.place(Checkouts.paidWith(SandboxGateway.VISA, "k1"), (order, token, clientSecret) -> {
            chit.payments.failNextSettle(new IllegalStateException("the database is still down"));
            throw new IllegalStateException("killed before the commit");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(network.performed("void")).isEmpty();

        chit.clock.advance(InMemoryChit.ABANDON_AFTER);
        settleUntilQuiet();

        assertThat(network.performed("void")).hasSize(1);
        assertThat(chit.orders.count()).isZero();
    }

    @Test
    void aRetriedCheckout_withTheSameKey_afterAnUnansweredOne_isPlacedOnce() {
        network.inject(SandboxFault.FAIL_BEFORE, 1);
        assertThatThrownBy(() -> Checkouts.place(chit, SandboxGateway.VISA, "k1"))
                .isInstanceOf(PaymentGateway.Unavailable.class);

        Order order = Checkouts.place(chit, SandboxGateway.VISA, "k1").order();
        chit.clock.advance(InMemoryChit.ABANDON_AFTER);
        settleUntilQuiet();

        assertThat(order.number()).isEqualTo(1);
        assertThat(network.performed("authorize")).hasSize(1);
        assertThat(atTheNetwork(order.id()).voided()).isFalse();
    }
}
