package dev.chit.application.payment;

import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.FakeCardNetwork.Asked;
import dev.chit.application.testing.FakeCardNetwork.Fault;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.port.PaymentGateway.PaymentAccount;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.StripeAccountId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.Checkouts.place;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A restaurant with its own Stripe account is paid into it: every call of its orders goes there. */
class PaymentAccountsTest {

    private static final PaymentAccount BISTRO = new PaymentAccount(Optional.of("acct_1Bistro"));

    private final InMemoryChit chit = new InMemoryChit().with(connectedTo("acct_1Bistro"), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();

    private static Restaurant connectedTo(String account) {
        Restaurant restaurant = aRestaurant().build();
        return restaurant.withSettings(restaurant.settings()
                .withStripeAccountId(Optional.of(new StripeAccountId(account))));
    }

    private void moveTheRestaurantTo(String account) {
        chit.restaurants.update(connectedTo(account));
    }

    @Test
    void aCheckout_isAuthorizedOnTheRestaurantsAccount_andTheAuthorizationRemembersIt() {
        OrderId orderId = place(chit, "tok_visa", "k1").order().id();

        assertThat(network.asked()).containsExactly(new Asked("authorize", BISTRO));
        assertThat(chit.payments.ofOrder(orderId).getFirst().account())
                .contains(new StripeAccountId("acct_1Bistro"));
    }

    @Test
    void theOrdersLaterCalls_goWhereItsAuthorizationWent_evenAfterTheSettingChanged() {
        OrderId orderId = place(chit, "tok_visa", "k1").order().id();
        moveTheRestaurantTo("acct_2Moved");

        chit.transitionOrder.transition(orderId, TransitionRequest.to(OrderStatus.ACCEPTED),
                Actor.staff(UUID.randomUUID()), RESTAURANT_ID::equals, Optional.empty());
        chit.transitionOrder.transition(orderId, TransitionRequest.to(OrderStatus.CANCELLED).withReason("spilt"),
                Actor.staff(UUID.randomUUID()), RESTAURANT_ID::equals, Optional.empty());

        assertThat(network.asked()).extracting(Asked::operation, Asked::account).containsExactly(
                tuple("authorize", BISTRO), tuple("capture", BISTRO), tuple("refund", BISTRO));
        assertThat(place(chit, "tok_visa", "k2").order()).isNotNull();
        assertThat(network.asked().getLast().account()).isEqualTo(new PaymentAccount(Optional.of("acct_2Moved")));
    }

    @Test
    void aLostAuthorization_isLookedForAndReleased_onTheAccountItWasSentTo() {
        network.failNext(1, Fault.AFTER);
        assertThatThrownBy(() -> place(chit, "tok_visa", "k1")).isInstanceOf(PaymentGateway.Unavailable.class);
        moveTheRestaurantTo("acct_2Moved");

        chit.clock.advance(InMemoryChit.ABANDON_AFTER.plus(Duration.ofSeconds(1)));
        chit.settlePayments.settlePending();

        assertThat(network.asked()).extracting(Asked::operation, Asked::account).containsExactly(
                tuple("authorize", BISTRO), tuple("find", BISTRO), tuple("void", BISTRO));
        assertThat(chit.payments.all()).extracting(PaymentOperation::kind, PaymentOperation::state).containsExactly(
                tuple(PaymentOperation.Kind.AUTHORIZE, PaymentOperation.State.FAILED),
                tuple(PaymentOperation.Kind.VOID, PaymentOperation.State.SUCCEEDED));
    }

    @Test
    void aRestaurantWithoutAnAccount_isPaidIntoThePlatformsOwn() {
        moveTheRestaurantTo("acct_1Bistro");
        chit.restaurants.update(aRestaurant().build());

        place(chit, "tok_visa", "k1");

        assertThat(network.asked()).containsExactly(new Asked("authorize", PaymentAccount.platform()));
    }
}
