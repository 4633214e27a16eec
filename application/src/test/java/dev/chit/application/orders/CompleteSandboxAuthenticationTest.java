package dev.chit.application.orders;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.SandboxAuthentication;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guest's answer to the sandbox's 3-D Secure check reaches the network; the order moves on confirmation only. */
class CompleteSandboxAuthenticationTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final List<String> answers = new ArrayList<>();
    private final SandboxAuthentication sandbox = (authorizationId, passed) -> {
        answers.add(authorizationId + " " + passed);
        chit.network().completeAuthentication(authorizationId, passed);
    };
    private final ConfirmPayment confirmPayment = new ConfirmPayment(chit.orders, chit.payments, chit.gateway,
            new PaymentAccounts(chit.restaurants, chit.orders, chit.payments), chit.events, chit.transactions,
            new AcceptAutomatically(chit.orders, chit.restaurants, chit.transitionOrder), chit.clock);

    private Order checkout(String card, String key) {
        var result = chit.placeOrder.place(Checkouts.paidWith(card, key),
                (order, token, clientSecret) -> clientSecret.orElse("").getBytes(StandardCharsets.UTF_8));
        return switch (result) {
            case PlaceOrderResult.AwaitingPayment awaiting -> awaiting.order();
            case PlaceOrderResult.Placed placed -> placed.order();
            case PlaceOrderResult.Replayed replayed -> throw new AssertionError("a fresh key replayed");
        };
    }

    @Test
    void thePassedCheck_reachesTheNetworkForTheOrdersAuthorization_andConfirmingPlacesIt() {
        Order order = checkout("pm_card_authenticationRequired", "k1");

        new CompleteSandboxAuthentication(chit.orders, chit.payments, sandbox).complete(order.id(), true);

        assertThat(answers).containsExactly("auth_1 true");
        assertThat(chit.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(confirmPayment.confirm(order.id()).status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void anOrderThatAwaitsNoCheck_isAConflict_andTheNetworkHearsNothing() {
        Order placed = checkout("pm_card_visa", "k2");

        assertThatThrownBy(() -> new CompleteSandboxAuthentication(chit.orders, chit.payments, sandbox)
                .complete(placed.id(), true)).isInstanceOf(NoAuthenticationAwaited.class);
        assertThat(answers).isEmpty();
    }

    @Test
    void aCheckTheNetworkHasAnswered_isAConflict() {
        Order order = checkout("pm_card_authenticationRequired", "k3");
        SandboxAuthentication answeredBefore = (authorizationId, passed) -> {
            throw new PaymentGateway.Refused("payment_intent_unexpected_state", "answered before");
        };

        assertThatThrownBy(() -> new CompleteSandboxAuthentication(chit.orders, chit.payments, answeredBefore)
                .complete(order.id(), false)).isInstanceOf(NoAuthenticationAwaited.class);
    }

    @Test
    void anUnknownOrder_isNotFound() {
        assertThatThrownBy(() -> new CompleteSandboxAuthentication(chit.orders, chit.payments, sandbox)
                .complete(new OrderId(UUID.randomUUID()), true)).isInstanceOf(NotFound.class);
    }
}
