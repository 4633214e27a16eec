package dev.chit.application.orders;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** A guest who never finishes the bank's check: the order is cancelled by the system and its intent given up, once. */
class CancelAbandonedCheckoutsTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();

    private Order awaiting(String key) {
        return ((PlaceOrderResult.AwaitingPayment) chit.placeOrder.place(
                Checkouts.paidWith("pm_card_authenticationRequired", key),
                (order, token, clientSecret) -> clientSecret.orElseThrow().getBytes(StandardCharsets.UTF_8))).order();
    }

    private Order stored(Order order) {
        return chit.orders.find(order.id()).orElseThrow();
    }

    @Test
    void anOrderWaitingPastTheLimit_isCancelledAbandoned_andItsIntentCancelled_withoutTellingAnyone() {
        Order order = awaiting("k1");
        chit.clock.advance(InMemoryChit.CHECKOUT_ABANDONED_AFTER);

        assertThat(chit.cancelAbandonedCheckouts.sweep()).isEqualTo(1);

        Order cancelled = stored(order);
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(cancelled.history().getLast().reason()).contains(Order.ABANDONED);
        assertThat(cancelled.history().getLast().actor().type()).isEqualTo(dev.chit.domain.order.ActorType.SYSTEM);
        assertThat(cancelled.isNumbered()).isFalse();
        assertThat(network.calls("void")).singleElement().satisfies(call -> {
            assertThat(call.authorizationId()).isEqualTo("auth_1");
            assertThat(call.key()).isEqualTo("order:" + order.id() + ":void");
        });
        assertThat(chit.events.events()).as("never placed: no board, email or webhook hears of it").isEmpty();
        assertThat(chit.cancelAbandonedCheckouts.sweep()).isZero();
        assertThat(network.calls("void")).hasSize(1);
    }

    @Test
    void anOrderStillInsideTheLimit_waits() {
        Order order = awaiting("k1");
        chit.clock.advance(InMemoryChit.CHECKOUT_ABANDONED_AFTER.minusSeconds(1));

        assertThat(chit.cancelAbandonedCheckouts.sweep()).isZero();

        assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(network.calls("void")).isEmpty();
    }

    @Test
    void aLostAnswerToTheCancel_isAskedAgainByTheSettlingJob_underTheSameKey_andCancelsOnce() {
        Order order = awaiting("k1");
        chit.clock.advance(InMemoryChit.CHECKOUT_ABANDONED_AFTER.plus(Duration.ofMinutes(5)));
        network.failNext(1, FakeCardNetwork.Fault.AFTER);

        chit.cancelAbandonedCheckouts.sweep();

        assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
        assertThat(chit.payments.ofOrder(order.id())).filteredOn(PaymentOperation::isPending).singleElement()
                .satisfies(voiding -> assertThat(voiding.kind()).isEqualTo(PaymentOperation.Kind.VOID));

        assertThat(chit.settlePayments.settlePending()).isZero();

        assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(network.calls("void")).hasSize(1);
        assertThat(network.asked()).filteredOn(asked -> asked.operation().equals("void")).hasSize(2);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void anOrderTheBankConfirmedMeanwhile_isLeftAlone() {
        Order order = awaiting("k1");
        network.completeAuthentication("auth_1", true);
        new ConfirmPayment(chit.orders, chit.payments, chit.gateway,
                new dev.chit.application.payment.PaymentAccounts(chit.restaurants, chit.orders, chit.payments),
                chit.events, chit.transactions, new AcceptAutomatically(chit.orders, chit.restaurants,
                chit.transitionOrder), chit.clock).confirm(order.id());
        chit.clock.advance(InMemoryChit.CHECKOUT_ABANDONED_AFTER.plusSeconds(1));

        assertThat(chit.cancelAbandonedCheckouts.sweep()).isZero();

        assertThat(stored(order).status()).isEqualTo(OrderStatus.PLACED);
        assertThat(network.calls("void")).isEmpty();
    }
}
