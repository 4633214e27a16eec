package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoveOrderTest {

    private static final TransitionRequest CANCEL = TransitionRequest.to(OrderStatus.CANCELLED).withReason("no gas");

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final MoveOrder moveOrder = new MoveOrder(chit.orders, chit.transitionOrder);

    private Order stored(OrderStatus status) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(status).build();
        chit.orders.add(order);
        return order;
    }

    private Order current(Order order) {
        return chit.orders.find(order.id()).orElseThrow();
    }

    @Test
    void staff_moveTheirRestaurantsOrders_asThemselves() {
        Caller cook = People.staffOf(RESTAURANT_ID);
        Order order = stored(OrderStatus.PLACED);

        Order accepted = moveOrder.move(cook, order.id(), TransitionRequest.to(OrderStatus.ACCEPTED), Optional.empty());

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.history().getLast().actor()).isEqualTo(Actor.staff(cook.userId().value()));
    }

    @Test
    void cancellingFoodAlreadyCooking_takesAManager_orAnAdmin() {
        Order cooking = stored(OrderStatus.PREPARING);

        assertThatThrownBy(() -> moveOrder.move(People.staffOf(RESTAURANT_ID), cooking.id(), CANCEL, Optional.empty()))
                .isInstanceOf(TransitionNotPermitted.class);
        Caller boss = People.managerOf(RESTAURANT_ID);
        assertThat(moveOrder.move(boss, cooking.id(), CANCEL, Optional.empty()).history().getLast().actor())
                .isEqualTo(Actor.manager(boss.userId().value()));

        Order alsoCooking = stored(OrderStatus.PREPARING);
        assertThat(moveOrder.move(People.admin(), alsoCooking.id(), CANCEL, Optional.empty()).status())
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void anotherRestaurantsOrder_doesNotExistForThem() {
        Order order = stored(OrderStatus.PLACED);

        assertThatThrownBy(() -> moveOrder.move(People.managerOf(new RestaurantId(UUID.randomUUID())), order.id(),
                TransitionRequest.to(OrderStatus.ACCEPTED), Optional.empty())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> moveOrder.move(People.admin(), new OrderId(UUID.randomUUID()),
                TransitionRequest.to(OrderStatus.ACCEPTED), Optional.empty())).isInstanceOf(NotFound.class);
        assertThat(current(order).status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void anIfMatchThatNoLongerHolds_isAVersionMismatch_andNothingMoves() {
        Caller cook = People.staffOf(RESTAURANT_ID);
        Order order = stored(OrderStatus.PLACED);
        moveOrder.move(cook, order.id(), TransitionRequest.to(OrderStatus.ACCEPTED), Optional.of(0L));

        assertThatThrownBy(() -> moveOrder.move(cook, order.id(), TransitionRequest.to(OrderStatus.PREPARING),
                Optional.of(0L))).isInstanceOf(VersionMismatch.class);
        assertThat(current(order).status()).isEqualTo(OrderStatus.ACCEPTED);

        assertThat(moveOrder.move(cook, order.id(), TransitionRequest.to(OrderStatus.PREPARING), Optional.of(1L))
                .version()).isEqualTo(2);
    }

    @Test
    void aMoveThatLosesTheRaceWhileBeingMade_isStale_notAMismatch() {
        Caller cook = People.staffOf(RESTAURANT_ID);
        Order order = stored(OrderStatus.PLACED);
        chit.orders.beforeNextUpdate(() -> chit.orders.update(current(order)
                .transition(TransitionRequest.to(OrderStatus.CANCELLED), Actor.customer(), order.placedAt()).order()));

        assertThatThrownBy(() -> moveOrder.move(cook, order.id(), TransitionRequest.to(OrderStatus.ACCEPTED),
                Optional.empty())).isInstanceOf(StaleOrder.class);
        // (The in-memory rollback also undoes the winner's write; a database would keep it.)
        assertThat(current(order).history()).noneMatch(entry -> entry.to() == OrderStatus.ACCEPTED);
    }
}
