package dev.chit.application.orders;

import dev.chit.application.checkout.Confirmation;
import dev.chit.application.checkout.PlaceOrderCommand;
import dev.chit.application.checkout.PlaceOrderResult.Placed;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.ActorType;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.payment.PaymentMethod;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.OrderBuilder.aGuest;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.BURGER;
import static dev.chit.domain.testing.SampleMenu.SALAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterOrderTest {

    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final EnterOrder enterOrder = new EnterOrder(chit.placeOrder, chit.transitionOrder);
    private final Confirmation confirmation = (order, token, clientSecret) -> order.id().toString().getBytes(StandardCharsets.UTF_8);

    private static PlaceOrderCommand counterOrder(PaymentMethod payment, String key) {
        return new PlaceOrderCommand(RESTAURANT_ID, aCart().with(BURGER, 1, SALAD).build(), aGuest(), Optional.empty(),
                payment, key, "fp-" + key);
    }

    @Test
    void anOrderPaidInPerson_startsAcceptedAndUnpaid_placedAndAcceptedByTheStaffMember() {
        var cook = People.staffOf(RESTAURANT_ID);

        Order order = ((Placed) enterOrder.enter(cook, counterOrder(new PaymentMethod.InPerson(), "k1"), confirmation))
                .order();

        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(order.history()).extracting(entry -> entry.to()).containsExactly(OrderStatus.PLACED, OrderStatus.ACCEPTED);
        assertThat(order.history()).allSatisfy(entry -> {
            assertThat(entry.actor().type()).isEqualTo(ActorType.STAFF);
            assertThat(entry.actor().id()).contains(cook.userId().value());
        });
        assertThat(order.estimatedReadyAt()).isAfter(order.placedAt());
    }

    @Test
    void anOrderPaidByCard_isAuthorizedAsAtCheckout_andCapturedOnAccept() {
        Order order = ((Placed) enterOrder.enter(People.managerOf(RESTAURANT_ID),
                counterOrder(new PaymentMethod.Card("tok_visa"), "k2"), confirmation)).order();

        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.paymentStatus()).isNotEqualTo(PaymentStatus.UNPAID);
    }

    @Test
    void staffOfAnotherRestaurant_findNoSuchRestaurant_andNothingIsPlaced() {
        assertThatThrownBy(() -> enterOrder.enter(People.staffOf(ELSEWHERE),
                counterOrder(new PaymentMethod.InPerson(), "k3"), confirmation)).isInstanceOf(NotFound.class);
        assertThat(chit.orders.all()).isEmpty();
    }

    @Test
    void aGuestCheckout_isStillRefusedPaymentInPerson() {
        assertThatThrownBy(() -> chit.placeOrder.place(counterOrder(new PaymentMethod.InPerson(), "k4"), confirmation))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theSameKey_replaysTheFirstAnswer_withoutASecondOrder() {
        var cook = People.staffOf(RESTAURANT_ID);
        enterOrder.enter(cook, counterOrder(new PaymentMethod.InPerson(), "k5"), confirmation);

        var again = enterOrder.enter(cook, counterOrder(new PaymentMethod.InPerson(), "k5"), confirmation);

        assertThat(again).isInstanceOf(dev.chit.application.checkout.PlaceOrderResult.Replayed.class);
        assertThat(chit.orders.all()).hasSize(1);
    }
}
