package dev.chit.application.orders;

import dev.chit.application.orders.BulkTransitionOrders.Outcome;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may list, view and bulk-move a restaurant's orders: its people, in their roles there, and admins. */
class OrderAccessTest {

    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());

    private Order stored(OrderStatus status) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(status).build();
        chit.orders.add(order);
        return order;
    }

    @Test
    void theList_isForTheRestaurantsPeople_andAdmins() {
        Order order = stored(OrderStatus.PLACED);
        OrderQuery all = OrderQuery.all(RESTAURANT_ID);

        assertThat(chit.listOrders.list(People.staffOf(RESTAURANT_ID), all, ListOrders.Scheduled.INCLUDE).items()).containsExactly(order);
        assertThat(chit.listOrders.list(People.admin(), all, ListOrders.Scheduled.INCLUDE).items()).containsExactly(order);
        assertThatThrownBy(() -> chit.listOrders.list(People.managerOf(ELSEWHERE), all, ListOrders.Scheduled.INCLUDE)).isInstanceOf(NotFound.class);
    }

    @Test
    void anOrder_isShownToItsRestaurantsPeople_andAdmins() {
        Order order = stored(OrderStatus.PLACED);

        assertThat(chit.viewOrder.forCaller(People.staffOf(RESTAURANT_ID), order.id())).isEqualTo(order);
        assertThat(chit.viewOrder.forCaller(People.admin(), order.id())).isEqualTo(order);
        assertThatThrownBy(() -> chit.viewOrder.forCaller(People.staffOf(ELSEWHERE), order.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aBulkMove_actsInTheCallersRole() {
        Order cooking = stored(OrderStatus.PREPARING);
        TransitionRequest cancel = TransitionRequest.to(OrderStatus.CANCELLED).withReason("fire alarm");

        List<Outcome> asStaff = chit.bulkTransitionOrders.transition(People.staffOf(RESTAURANT_ID), RESTAURANT_ID,
                List.of(cooking.id()), cancel);
        var boss = People.managerOf(RESTAURANT_ID);
        List<Outcome> asManager = chit.bulkTransitionOrders.transition(boss, RESTAURANT_ID, List.of(cooking.id()), cancel);

        assertThat(asStaff.getFirst().refused()).containsInstanceOf(TransitionNotPermitted.class);
        assertThat(asManager.getFirst().moved()).hasValueSatisfying(moved ->
                assertThat(moved.history().getLast().actor()).isEqualTo(Actor.manager(boss.userId().value())));
    }

    @Test
    void aBulkMove_inAnotherRestaurant_isNotFound_asAWhole() {
        Order order = stored(OrderStatus.PLACED);

        assertThatThrownBy(() -> chit.bulkTransitionOrders.transition(People.staffOf(ELSEWHERE), RESTAURANT_ID,
                List.of(order.id()), TransitionRequest.to(OrderStatus.ACCEPTED))).isInstanceOf(NotFound.class);
    }
}
