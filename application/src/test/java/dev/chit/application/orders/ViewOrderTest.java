package dev.chit.application.orders;

import dev.chit.application.support.AccessTokens;
import dev.chit.application.testing.InMemoryOrders;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewOrderTest {

    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01900000-0000-7000-8000-0000000000b2"));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final ViewOrder viewOrder = new ViewOrder(orders);

    private final String token = AccessTokens.newToken();
    private final Order guestOrder = anOrder().withId(new OrderId(UUID.randomUUID())).build();
    private final Order counterOrder = anOrder().withId(new OrderId(UUID.randomUUID())).numbered(2).build();
    private final Order otherGuestsOrder = anOrder().withId(new OrderId(UUID.randomUUID())).numbered(3).build();

    ViewOrderTest() {
        orders.add(guestOrder);
        orders.grantAccess(guestOrder.id(), AccessTokens.hash(token));
        orders.add(counterOrder);
        orders.add(otherGuestsOrder);
        orders.grantAccess(otherGuestsOrder.id(), AccessTokens.hash(AccessTokens.newToken()));
    }

    @Test
    void theGuestWithTheOrdersToken_seesIt() {
        assertThat(viewOrder.forGuest(guestOrder.id(), token)).isEqualTo(guestOrder);
    }

    @Test
    void aWrongToken_seesNothing() {
        assertThatThrownBy(() -> viewOrder.forGuest(guestOrder.id(), AccessTokens.newToken())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> viewOrder.forGuest(guestOrder.id(), "")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> viewOrder.forGuest(guestOrder.id(), AccessTokens.hash(token))).isInstanceOf(NotFound.class);
    }

    @Test
    void aTokenOfOneOrder_doesNotOpenAnother() {
        assertThatThrownBy(() -> viewOrder.forGuest(otherGuestsOrder.id(), token)).isInstanceOf(NotFound.class);
    }

    @Test
    void anOrderWithoutAToken_isSeenByNoGuest() {
        assertThatThrownBy(() -> viewOrder.forGuest(counterOrder.id(), token)).isInstanceOf(NotFound.class);
    }

    @Test
    void anUnknownOrder_isNotFound_whoeverAsks() {
        OrderId unknown = new OrderId(UUID.randomUUID());

        assertThatThrownBy(() -> viewOrder.forGuest(unknown, token))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("order"));
        assertThatThrownBy(() -> viewOrder.forStaff(unknown, Set.of(RESTAURANT_ID))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> viewOrder.forAdmin(unknown)).isInstanceOf(NotFound.class);
    }

    @Test
    void staffOfTheRestaurant_seeItsOrders() {
        assertThat(viewOrder.forStaff(counterOrder.id(), Set.of(ELSEWHERE, RESTAURANT_ID))).isEqualTo(counterOrder);
    }

    @Test
    void staffOfAnotherRestaurant_seeNothing_notEvenThatItExists() {
        assertThatThrownBy(() -> viewOrder.forStaff(guestOrder.id(), Set.of(ELSEWHERE)))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("order"));
        assertThatThrownBy(() -> viewOrder.forStaff(guestOrder.id(), Set.of())).isInstanceOf(NotFound.class);
    }

    @Test
    void anAdmin_seesEveryOrder() {
        assertThat(viewOrder.forAdmin(guestOrder.id())).isEqualTo(guestOrder);
    }
}
