package dev.chit.application.orders;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** 3-D Secure: a checkout whose card needs the guest's bank waits for it, and is placed once it says yes. */
class ConfirmPaymentTest {

    private static final String NEEDS_BANK = "pm_card_authenticationRequired";

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();
    private final ConfirmPayment confirmPayment = new ConfirmPayment(chit.orders, chit.payments, chit.gateway,
            new PaymentAccounts(chit.restaurants, chit.orders, chit.payments), chit.events, chit.transactions,
            new AcceptAutomatically(chit.orders, chit.restaurants, chit.transitionOrder), chit.clock);

    private PlaceOrderResult.AwaitingPayment checkout() {
        return (PlaceOrderResult.AwaitingPayment) chit.placeOrder.place(Checkouts.paidWith(NEEDS_BANK, "k1"),
                (order, token, clientSecret) -> clientSecret.orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCardThatNeedsTheBank_leavesTheOrderAwaiting_unnumbered_andUnannounced() {
        PlaceOrderResult.AwaitingPayment awaiting = checkout();

        Order order = chit.orders.find(awaiting.order().id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
        assertThat(order.isNumbered()).isFalse();
        assertThat(new String(awaiting.confirmation(), StandardCharsets.UTF_8)).isEqualTo("auth_1_secret_fake");
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void whileTheBankWaits_confirmChangesNothing() {
        Order order = checkout().order();

        assertThat(confirmPayment.confirm(order.id())).isEqualTo(chit.orders.find(order.id()).orElseThrow());
        assertThat(chit.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void theBanksYes_placesTheOrderNumbered_andAnnouncesItOnce() {
        Order order = checkout().order();
        network.completeAuthentication("auth_1", true);
        chit.clock.advance(Duration.ofMinutes(1));

        Order placed = confirmPayment.confirm(order.id());
        Order again = confirmPayment.confirm(order.id());
        confirmPayment.authorized(order.id());

        assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(placed.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(placed.isNumbered()).isTrue();
        assertThat(placed.placedAt()).isEqualTo(chit.clock.instant());
        assertThat(again).isEqualTo(placed);
        assertThat(chit.events.events()).containsExactly(new OrderPlaced(order.id(), order.restaurantId(),
                chit.clock.instant()));
    }

    @Test
    void theBanksNo_cancelsTheOrder_paymentFailed_unnumbered_andUnannounced() {
        Order order = checkout().order();
        network.completeAuthentication("auth_1", false);

        Order cancelled = confirmPayment.confirm(order.id());

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(cancelled.history().getLast().reason()).contains(Order.PAYMENT_FAILED);
        assertThat(cancelled.isNumbered()).isFalse();
        assertThat(chit.events.events()).isEmpty();
    }
}
