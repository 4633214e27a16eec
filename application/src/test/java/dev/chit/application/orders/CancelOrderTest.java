package dev.chit.application.orders;

import dev.chit.application.support.AccessTokens;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionNotPermitted;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CancelOrderTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final CancelOrder cancelOrder = new CancelOrder(chit.orders, chit.transitionOrder);
    private final String token = AccessTokens.newToken();

    private Order stored(OrderStatus status) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(status).build();
        chit.orders.add(order);
        chit.orders.grantAccess(order.id(), AccessTokens.hash(token));
        return order;
    }

    @Test
    void theGuest_cancelsAPlacedOrder_withTheirToken() {
        Order placed = stored(OrderStatus.PLACED);

        Order cancelled = cancelOrder.byGuest(placed.id(), token, Optional.of("ordered twice"));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.history().getLast().actor()).isEqualTo(Actor.customer());
        assertThat(cancelled.history().getLast().reason()).contains("ordered twice");
    }

    @Test
    void withoutTheToken_theOrderDoesNotExist() {
        Order placed = stored(OrderStatus.PLACED);

        assertThatThrownBy(() -> cancelOrder.byGuest(placed.id(), AccessTokens.newToken(), Optional.empty()))
                .isInstanceOf(NotFound.class);
        assertThat(chit.orders.find(placed.id()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void onceAccepted_onlyTheRestaurantCancels() {
        Order accepted = stored(OrderStatus.ACCEPTED);

        assertThatThrownBy(() -> cancelOrder.byGuest(accepted.id(), token, Optional.of("too slow")))
                .isInstanceOf(TransitionNotPermitted.class);
    }
}
