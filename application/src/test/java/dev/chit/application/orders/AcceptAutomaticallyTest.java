package dev.chit.application.orders;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.restaurants.SettingsChange;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

class AcceptAutomaticallyTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final AcceptAutomatically acceptAutomatically =
            new AcceptAutomatically(chit.orders, chit.restaurants, chit.transitionOrder);

    private void restaurant(boolean autoAccept) {
        Restaurant restaurant = aRestaurant().defaultPrepMinutes(12).build();
        chit.with(restaurant.withSettings(SettingsChange.none().autoAccept(autoAccept).applyTo(restaurant.settings())),
                SampleMenu.menu());
    }

    private Order stored(OrderStatus status) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(status).build();
        chit.orders.add(order);
        return order;
    }

    @Test
    void aRestaurantThatAcceptsAutomatically_hasChitAcceptAtTheDefaultPrepTime() {
        restaurant(true);
        Order placed = stored(OrderStatus.PLACED);
        chit.clock.set(START.plusSeconds(5));

        Order accepted = acceptAutomatically.afterPlacement(placed.id()).orElseThrow();

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.estimatedReadyAt()).isEqualTo(START.plusSeconds(5).plus(Duration.ofMinutes(12)));
        assertThat(accepted.history().getLast().actor()).isEqualTo(Actor.system());
    }

    @Test
    void otherwise_theOrderWaitsForTheKitchen() {
        restaurant(false);
        Order placed = stored(OrderStatus.PLACED);

        assertThat(acceptAutomatically.afterPlacement(placed.id())).isEmpty();
        assertThat(chit.orders.find(placed.id()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void anOrderSomeoneMovedAlready_isLeftAlone() {
        restaurant(true);
        Order cancelled = stored(OrderStatus.CANCELLED);

        assertThat(acceptAutomatically.afterPlacement(cancelled.id())).isEmpty();
        assertThat(acceptAutomatically.afterPlacement(new OrderId(UUID.randomUUID()))).isEmpty();
        assertThat(chit.events.events()).isEmpty();
    }

    // Right after checkout: the setting as checkout read it decides, the stored order is what moves.
    @Test
    void afterCheckout_theOrderAsPlaced_isAcceptedWhereTheRestaurantAcceptsAutomatically() {
        restaurant(true);
        Order placed = stored(OrderStatus.PLACED);

        assertThat(acceptAutomatically.afterPlacement(new PlaceOrderResult.Placed(placed, "token", new byte[0], true))
                .map(Order::status)).contains(OrderStatus.ACCEPTED);
        assertThat(chit.orders.find(placed.id()).orElseThrow().status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void afterCheckout_theOrderAsPlaced_waitsWhereTheKitchenAcceptsByHand() {
        restaurant(false);
        Order placed = stored(OrderStatus.PLACED);

        assertThat(acceptAutomatically.afterPlacement(new PlaceOrderResult.Placed(placed, "token", new byte[0], false)))
                .isEmpty();
        assertThat(chit.orders.find(placed.id()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
    }
}
