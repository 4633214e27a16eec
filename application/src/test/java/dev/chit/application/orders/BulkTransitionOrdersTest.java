package dev.chit.application.orders;

import dev.chit.application.orders.BulkTransitionOrders.Outcome;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.InvalidTransition;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkTransitionOrdersTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));
    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));
    private static final TransitionRequest ACCEPT = TransitionRequest.to(OrderStatus.ACCEPTED);

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());

    private Order stored(OrderStatus status, RestaurantId restaurantId) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).of(restaurantId).in(status).build();
        chit.orders.add(order);
        return order;
    }

    private OrderStatus statusOf(Order order) {
        return chit.orders.find(order.id()).orElseThrow().status();
    }

    private List<Outcome> accept(Order... orders) {
        return chit.bulkTransitionOrders.transition(RESTAURANT_ID, Arrays.stream(orders).map(Order::id).toList(),
                ACCEPT, COOK);
    }

    @Test
    void everyOrder_movesOnItsOwn() {
        Order a = stored(OrderStatus.PLACED, RESTAURANT_ID);
        Order b = stored(OrderStatus.PLACED, RESTAURANT_ID);
        Order c = stored(OrderStatus.PLACED, RESTAURANT_ID);

        List<Outcome> outcomes = accept(a, b, c);

        assertThat(outcomes).extracting(Outcome::orderId).containsExactly(a.id(), b.id(), c.id());
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.refused()).isEmpty();
            assertThat(outcome.moved()).hasValueSatisfying(moved -> {
                assertThat(moved.status()).isEqualTo(OrderStatus.ACCEPTED);
                assertThat(moved.version()).isEqualTo(1);
            });
        });
        assertThat(List.of(statusOf(a), statusOf(b), statusOf(c))).containsOnly(OrderStatus.ACCEPTED);
        assertThat(chit.events.events()).hasSize(3).allSatisfy(event -> assertThat(event).isInstanceOf(OrderStatusChanged.class));
        assertThat(chit.transactions.commits()).isEqualTo(3);
    }

    @Test
    void oneRefusedOrder_doesNotHoldBackOrUndoTheOthers() {
        Order a = stored(OrderStatus.PLACED, RESTAURANT_ID);
        Order cancelled = stored(OrderStatus.CANCELLED, RESTAURANT_ID);
        Order c = stored(OrderStatus.PLACED, RESTAURANT_ID);

        List<Outcome> outcomes = accept(a, cancelled, c);

        assertThat(outcomes.get(0).moved()).isPresent();
        assertThat(outcomes.get(1).moved()).isEmpty();
        assertThat(outcomes.get(1).refused()).containsInstanceOf(InvalidTransition.class);
        assertThat(outcomes.get(2).moved()).isPresent();
        assertThat(statusOf(a)).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(statusOf(cancelled)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(statusOf(c)).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(chit.events.events()).extracting(event -> event.orderId()).containsExactly(a.id(), c.id());
    }

    @Test
    void eachOrderFails_forItsOwnReason() {
        Order ours = stored(OrderStatus.PREPARING, RESTAURANT_ID);
        Order theirs = stored(OrderStatus.PREPARING, ELSEWHERE);
        OrderId unknown = new OrderId(UUID.randomUUID());

        List<Outcome> outcomes = chit.bulkTransitionOrders.transition(RESTAURANT_ID, List.of(ours.id(), theirs.id(), unknown),
                TransitionRequest.to(OrderStatus.CANCELLED).withReason("fire in the kitchen"), COOK);

        assertThat(outcomes.get(0).refused()).containsInstanceOf(TransitionNotPermitted.class);
        assertThat(outcomes.get(1).refused()).containsInstanceOf(NotFound.class);
        assertThat(outcomes.get(2).refused()).containsInstanceOf(NotFound.class);
        assertThat(statusOf(theirs)).isEqualTo(OrderStatus.PREPARING);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void aRepeatedId_isMovedOnce() {
        Order a = stored(OrderStatus.PLACED, RESTAURANT_ID);
        Order b = stored(OrderStatus.PLACED, RESTAURANT_ID);

        List<Outcome> outcomes = accept(a, b, a);

        assertThat(outcomes).extracting(Outcome::orderId).containsExactly(a.id(), b.id());
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.moved()).isPresent());
        Order movedA = chit.orders.find(a.id()).orElseThrow();
        assertThat(movedA.version()).isEqualTo(1);
        assertThat(movedA.history()).filteredOn(entry -> entry.to() == OrderStatus.ACCEPTED).hasSize(1);
        assertThat(chit.events.events()).hasSize(2);
    }

    @Test
    void aHundredOrders_areFine_aHundredAndOneAreTooMany() {
        List<OrderId> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(stored(OrderStatus.PLACED, RESTAURANT_ID).id());
        }
        List<OrderId> hundredAndOne = new ArrayList<>(hundred);
        hundredAndOne.add(stored(OrderStatus.PLACED, RESTAURANT_ID).id());

        assertThatThrownBy(() -> chit.bulkTransitionOrders.transition(RESTAURANT_ID, hundredAndOne, ACCEPT, COOK))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("orderIds"));
        assertThat(chit.events.events()).isEmpty();

        assertThat(chit.bulkTransitionOrders.transition(RESTAURANT_ID, hundred, ACCEPT, COOK))
                .hasSize(100).allSatisfy(outcome -> assertThat(outcome.moved()).isPresent());
    }

    @Test
    void noOrders_isInvalidInput() {
        assertThatThrownBy(() -> chit.bulkTransitionOrders.transition(RESTAURANT_ID, List.of(), ACCEPT, COOK))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("orderIds"));
    }
}
