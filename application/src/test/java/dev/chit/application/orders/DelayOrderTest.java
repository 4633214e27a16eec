package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.InvalidTransition;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.StaleOrder;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelayOrderTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final DelayOrder delayOrder = new DelayOrder(chit.orders, chit.events, chit.transactions, chit.clock);
    private final Caller cook = People.staffOf(RESTAURANT_ID);

    private Order stored(OrderStatus status) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(status).build();
        chit.orders.add(order);
        return order;
    }

    @Test
    void aDelay_movesThePromise_storesTheNextVersion_andPublishesIt() {
        Order cooking = stored(OrderStatus.PREPARING);
        chit.clock.set(START.plus(Duration.ofMinutes(10)));

        Order delayed = delayOrder.delay(cook, cooking.id(), Duration.ofMinutes(15), Optional.of("oven down"));

        assertThat(delayed.estimatedReadyAt()).isEqualTo(cooking.estimatedReadyAt().plus(Duration.ofMinutes(15)));
        assertThat(delayed.version()).isEqualTo(1);
        assertThat(chit.orders.find(cooking.id())).contains(delayed);
        assertThat(chit.events.events()).containsExactly(new OrderDelayed(cooking.id(), RESTAURANT_ID,
                Duration.ofMinutes(15), delayed.estimatedReadyAt(), Actor.staff(cook.userId().value()),
                Optional.of("oven down"), START.plus(Duration.ofMinutes(10))));
    }

    @Test
    void onlyAcceptedOrPreparingOrders_areDelayed_byFiveToHundredTwentyMinutes() {
        Order placed = stored(OrderStatus.PLACED);
        Order accepted = stored(OrderStatus.ACCEPTED);

        assertThatThrownBy(() -> delayOrder.delay(cook, placed.id(), Duration.ofMinutes(10), Optional.empty()))
                .isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> delayOrder.delay(cook, accepted.id(), Duration.ofMinutes(121), Optional.empty()))
                .isInstanceOf(InvalidInput.class);
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void anotherRestaurantsOrder_isNotFound() {
        Order accepted = stored(OrderStatus.ACCEPTED);

        assertThatThrownBy(() -> delayOrder.delay(People.staffOf(new RestaurantId(UUID.randomUUID())), accepted.id(),
                Duration.ofMinutes(10), Optional.empty())).isInstanceOf(NotFound.class);
    }

    @Test
    void aConcurrentChange_makesTheDelayStale_andNothingIsPublished() {
        Order accepted = stored(OrderStatus.ACCEPTED);
        chit.orders.beforeNextUpdate(() -> chit.orders.update(accepted.delay(Duration.ofMinutes(5), Optional.empty(),
                Actor.staff(cook.userId().value()), START).order()));

        assertThatThrownBy(() -> delayOrder.delay(cook, accepted.id(), Duration.ofMinutes(10), Optional.empty()))
                .isInstanceOf(StaleOrder.class);
        assertThat(chit.events.events()).isEmpty();
    }
}
