package dev.chit.application.orders;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryMissedOrders;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.port.RestaurantAlerts;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.Checkouts.place;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** The accept timeout (10 minutes by default) and the pause after 3 missed orders in a row. */
class RejectUnacceptedTest {

    private static final Actor COOK = Actor.staff(UUID.randomUUID());

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final List<String> alerts = new ArrayList<>();
    private final RestaurantAlerts managers = (restaurantId, missed, until) ->
            alerts.add(restaurantId + " missed " + missed + " until " + until);
    private final RejectUnaccepted rejectUnaccepted = new RejectUnaccepted(chit.restaurants,
            new InMemoryMissedOrders(chit.orders), chit.transitionOrder, managers, chit.transactions, chit.clock);

    private OrderId placed() {
        return place(chit, "tok_visa", UUID.randomUUID().toString()).order().id();
    }

    private Order stored(OrderId id) {
        return chit.orders.find(id).orElseThrow();
    }

    @Test
    void anOrderWaitingForTheTimeout_isRejectedByTheSystem_andItsPaymentVoided() {
        OrderId waiting = placed();
        chit.clock.advance(Duration.ofMinutes(9));
        assertThat(rejectUnaccepted.sweep()).isZero();

        chit.clock.advance(Duration.ofMinutes(1));
        assertThat(rejectUnaccepted.sweep()).isEqualTo(1);

        Order rejected = stored(waiting);
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(rejected.history().getLast().actor()).isEqualTo(Actor.system());
        assertThat(rejected.history().getLast().reason()).contains(RejectUnaccepted.REASON);
    }

    @Test
    void aSecondSweep_rejectsNothingTwice() {
        placed();
        chit.clock.advance(Duration.ofMinutes(10));

        assertThat(rejectUnaccepted.sweep()).isEqualTo(1);
        assertThat(rejectUnaccepted.sweep()).isZero();
    }

    @Test
    void anOrderTheKitchenAccepted_isLeftAlone() {
        OrderId accepted = placed();
        chit.transitionOrder.transition(accepted, TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                restaurant -> true, Optional.empty());
        chit.clock.advance(Duration.ofMinutes(30));

        assertThat(rejectUnaccepted.sweep()).isZero();
        assertThat(stored(accepted).status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void threeMissedInARow_pauseTheRestaurantForHalfAnHour_andAlertItsManagers() {
        placed();
        placed();
        placed();
        chit.clock.advance(Duration.ofMinutes(10));
        Instant now = chit.clock.instant();

        assertThat(rejectUnaccepted.sweep()).isEqualTo(3);

        var settings = chit.restaurants.find(RESTAURANT_ID).orElseThrow().settings();
        assertThat(settings.pausedUntil()).contains(now.plus(Duration.ofMinutes(30)));
        assertThat(alerts).containsExactly(RESTAURANT_ID + " missed 3 until " + now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void anAcceptBetweenMisses_startsTheRunAgain() {
        placed();
        placed();
        chit.clock.advance(Duration.ofMinutes(10));
        rejectUnaccepted.sweep();
        chit.clock.advance(Duration.ofMinutes(1));
        OrderId accepted = placed();
        chit.transitionOrder.transition(accepted, TransitionRequest.to(OrderStatus.ACCEPTED), COOK,
                restaurant -> true, Optional.empty());
        placed();
        placed();
        chit.clock.advance(Duration.ofMinutes(10));

        assertThat(rejectUnaccepted.sweep()).isEqualTo(2);
        assertThat(chit.restaurants.find(RESTAURANT_ID).orElseThrow().settings().pausedUntil()).isEmpty();
        assertThat(alerts).isEmpty();
    }
}
