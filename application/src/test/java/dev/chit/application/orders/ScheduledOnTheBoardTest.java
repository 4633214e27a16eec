package dev.chit.application.orders;

import dev.chit.application.orders.ListOrders.Scheduled;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** The board shows a scheduled order once the kitchen should start on it: its time less the prep time. */
class ScheduledOnTheBoardTest {

    private final InMemoryChit chit = new InMemoryChit()
            .with(aRestaurant().defaultPrepMinutes(20).build(), SampleMenu.menu());

    private Order stored(OrderStatus status, Duration dueIn) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).of(RESTAURANT_ID).in(status)
                .scheduledFor(START.plus(dueIn)).build();
        chit.orders.add(order);
        return order;
    }

    private java.util.List<Order> board(Scheduled scheduled) {
        return chit.listOrders.list(People.staffOf(RESTAURANT_ID), OrderQuery.all(RESTAURANT_ID), scheduled).items();
    }

    @Test
    void aScheduledOrder_staysOffTheBoard_untilItsPrepTimeBeginsThenAppears() {
        Order tonight = stored(OrderStatus.PLACED, Duration.ofHours(3));
        Order acceptedForLater = stored(OrderStatus.ACCEPTED, Duration.ofMinutes(21));
        Order dueToStart = stored(OrderStatus.ACCEPTED, Duration.ofMinutes(20));
        Order asap = anOrder().withId(new OrderId(UUID.randomUUID())).of(RESTAURANT_ID).build();
        chit.orders.add(asap);

        assertThat(board(Scheduled.WHEN_DUE)).containsExactlyInAnyOrder(dueToStart, asap);
        assertThat(board(Scheduled.INCLUDE)).containsExactlyInAnyOrder(tonight, acceptedForLater, dueToStart, asap);

        chit.clock.advance(Duration.ofMinutes(1));
        assertThat(board(Scheduled.WHEN_DUE)).containsExactlyInAnyOrder(acceptedForLater, dueToStart, asap);
    }

    @Test
    void aScheduledOrderTheKitchenStartedEarly_staysOnTheBoard() {
        Order started = stored(OrderStatus.PREPARING, Duration.ofHours(2));

        assertThat(board(Scheduled.WHEN_DUE)).containsExactly(started);
    }
}
