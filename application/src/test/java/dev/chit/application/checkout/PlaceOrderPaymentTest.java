package dev.chit.application.checkout;

import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.FakeCardNetwork.Call;
import dev.chit.application.testing.FakeCardNetwork.Fault;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.payment.PaymentOperation;
import dev.chit.domain.payment.PaymentOperation.Kind;
import dev.chit.domain.payment.PaymentOperation.State;
import dev.chit.domain.port.PaymentGateway;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static dev.chit.application.testing.Checkouts.TOTAL;
import static dev.chit.application.testing.Checkouts.place;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A checkout reserves its total on the card before the order exists, and leaves nothing behind when it cannot. */
class PlaceOrderPaymentTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();

    private PaymentOperation onlyOperation() {
        assertThat(chit.payments.all()).hasSize(1);
        return chit.payments.all().getFirst();
    }

    @Test
    void anApprovedCard_placesTheOrderAuthorized_withTheAuthorizationOnRecord() {
        Placed placed = place(chit, "tok_visa", "k1");

        assertThat(placed.order().paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(network.calls()).containsExactly(
                new Call("authorize", "auth_1", TOTAL, "order:" + placed.order().id() + ":authorize"));
        PaymentOperation authorization = onlyOperation();
        assertThat(authorization.kind()).isEqualTo(Kind.AUTHORIZE);
        assertThat(authorization.state()).isEqualTo(State.SUCCEEDED);
        assertThat(authorization.orderId()).isEqualTo(placed.order().id());
        assertThat(authorization.authorizationId()).contains("auth_1");
        assertThat(authorization.amount().minorUnits()).isEqualTo(TOTAL);
    }

    @Test
    void aDeclinedCard_placesNothing_takesNoNumber_andFreesTheKey() {
        assertThatThrownBy(() -> place(chit, "tok_insufficient_funds", "k1"))
                .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                        declined -> assertThat(declined.declineCode()).isEqualTo("insufficient_funds"));

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.events.events()).isEmpty();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
        assertThat(onlyOperation().state()).isEqualTo(State.FAILED);
        assertThat(onlyOperation().error()).contains("insufficient_funds");
        assertThat(place(chit, "tok_visa", "k2").order().number()).isEqualTo(1);
    }

    @Test
    void aRetryUnderTheSameKey_withAnotherCard_afterADecline_isPlaced() {
        assertThatThrownBy(() -> place(chit, "tok_declined", "k1"))
                .isInstanceOfSatisfying(PaymentGateway.Declined.class,
                        declined -> assertThat(declined.declineCode()).isEqualTo("card_declined"));

        Placed placed = place(chit, "tok_visa", "k1");

        assertThat(placed.order().number()).isEqualTo(1);
        assertThat(chit.idempotencyKeys.completed(PlaceOrder.SCOPE, "k1")).isPresent();
    }

    @Test
    void aNetworkWithoutAnswer_placesNothing_andTheJobLaterClosesTheAuthorization() {
        assertThatThrownBy(() -> place(chit, "tok_error", "k1")).isInstanceOf(PaymentGateway.Unavailable.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
        assertThat(onlyOperation().state()).isEqualTo(State.PENDING);

        chit.settlePayments.settlePending();
        assertThat(onlyOperation().state()).as("the checkout may still be running").isEqualTo(State.PENDING);

        chit.clock.advance(InMemoryChit.ABANDON_AFTER);
        chit.settlePayments.settlePending();
        assertThat(onlyOperation().state()).isEqualTo(State.FAILED);
        assertThat(network.calls()).isEmpty();
    }

    @Test
    void anAuthorizationWhoseAnswerWasLost_isReleasedByTheJob_once() {
        network.failNext(1, Fault.AFTER);

        assertThatThrownBy(() -> place(chit, "tok_visa", "k1")).isInstanceOf(PaymentGateway.Unavailable.class);
        assertThat(chit.orders.count()).isZero();

        chit.clock.advance(InMemoryChit.ABANDON_AFTER.plus(Duration.ofSeconds(1)));
        chit.settlePayments.settlePending();
        chit.settlePayments.settlePending();

        assertThat(network.calls()).extracting(Call::operation, Call::authorizationId)
                .containsExactly(tuple("authorize", "auth_1"), tuple("void", "auth_1"));
        assertThat(chit.payments.all()).extracting(PaymentOperation::kind, PaymentOperation::state)
                .containsExactly(tuple(Kind.AUTHORIZE, State.FAILED), tuple(Kind.VOID, State.SUCCEEDED));
    }

    @Test
    void anOrderThatCannotBeStoredAfterTheCardSaidYes_releasesTheReservationAtOnce() {
        Confirmation broken = (order, token, clientSecret) -> {
            throw new IllegalStateException("serialiser broke");
        };

        assertThatThrownBy(() -> chit.placeOrder.place(Checkouts.paidWith("tok_visa", "k1"), broken))
                .isInstanceOf(IllegalStateException.class);

        assertThat(chit.orders.count()).isZero();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
        assertThat(network.calls()).extracting(Call::operation).containsExactly("authorize", "void");
        assertThat(chit.payments.all()).extracting(PaymentOperation::kind, PaymentOperation::state)
                .containsExactly(tuple(Kind.AUTHORIZE, State.FAILED), tuple(Kind.VOID, State.SUCCEEDED));
    }

    @Test
    void theJob_neverReleasesTheAuthorizationOfAPlacedOrder() {
        place(chit, "tok_visa", "k1");
        chit.clock.advance(Duration.ofHours(1));

        chit.settlePayments.settlePending();

        assertThat(network.calls()).extracting(Call::operation).containsExactly("authorize");
    }

    @Test
    void payingInPerson_isNotForGuests() {
        PlaceOrderCommand inPerson = new PlaceOrderCommand(RESTAURANT_ID, Checkouts.cart(), aGuest(), Optional.empty(),
                new PaymentMethod.InPerson(), "k1", "fp");

        assertThatThrownBy(() -> chit.placeOrder.place(inPerson, Checkouts.CONFIRMATION))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("payment.method"));
        assertThat(network.calls()).isEmpty();
        assertThat(chit.idempotencyKeys.isHeld(PlaceOrder.SCOPE, "k1")).isFalse();
    }

    @Test
    void aCardToken_isRequired_andNeverPrinted() {
        assertThatThrownBy(() -> new PaymentMethod.Card(" "))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("payment.token"));
        assertThat(new PaymentMethod.Card("tok_visa").toString()).doesNotContain("tok_visa");
    }
}
