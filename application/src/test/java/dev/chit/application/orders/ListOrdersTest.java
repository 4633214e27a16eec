package dev.chit.application.orders;

import dev.chit.application.testing.InMemoryOrders;
import dev.chit.application.testing.InMemoryRestaurants;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.port.OrderPage;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.OrderSort;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class ListOrdersTest {

    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final ListOrders listOrders = new ListOrders(orders, new InMemoryRestaurants(), Clock.systemUTC());

    private final Order first = stored(1, OrderStatus.PLACED, RESTAURANT_ID, 0);
    private final Order second = stored(2, OrderStatus.ACCEPTED, RESTAURANT_ID, 5);
    private final Order third = stored(3, OrderStatus.PLACED, RESTAURANT_ID, 10);
    private final Order theirs = stored(1, OrderStatus.PLACED, ELSEWHERE, 7);

    private Order stored(long number, OrderStatus status, RestaurantId restaurantId, int minutesLater) {
        Order built = anOrder().withId(new OrderId(UUID.randomUUID())).numbered(number).of(restaurantId).in(status).build();
        Order order = new Order(built.id(), built.number(), built.restaurantId(), built.status(), built.paymentStatus(),
                built.fulfillment(), built.scheduledFor(), built.customer(), built.lines(), built.totals(), built.refunded(),
                built.notes(), built.placedAt().plus(Duration.ofMinutes(minutesLater)), built.acceptedAt(),
                built.estimatedReadyAt(), built.readyAt(), built.completedAt(), built.history(), built.version());
        orders.add(order);
        return order;
    }

    @Test
    void theRestaurantsOrders_newestFirst_andNoOneElses() {
        OrderPage page = listOrders.list(OrderQuery.all(RESTAURANT_ID));

        assertThat(page.items()).containsExactly(third, second, first);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void aStatusFilter_isPassedToTheStore() {
        OrderQuery placedOnly = new OrderQuery(RESTAURANT_ID, Set.of(OrderStatus.PLACED), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), OrderSort.OLDEST_FIRST, 50, Optional.empty());

        assertThat(listOrders.list(placedOnly).items()).containsExactly(first, third);
    }

    @Test
    void pages_followOneAnother() {
        OrderPage one = listOrders.list(OrderQuery.all(RESTAURANT_ID).withLimit(2));
        OrderPage two = listOrders.list(OrderQuery.all(RESTAURANT_ID).withLimit(2).after(one.next().orElseThrow()));

        assertThat(one.items()).containsExactly(third, second);
        assertThat(two.items()).containsExactly(first);
        assertThat(two.next()).isEmpty();
    }

    @Test
    void theOtherRestaurant_seesOnlyItsOwn() {
        assertThat(listOrders.list(OrderQuery.all(ELSEWHERE)).items()).containsExactly(theirs);
    }
}
