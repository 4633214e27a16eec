package dev.chit.application.orders;

import dev.chit.application.checkout.PlaceOrderResult;
import dev.chit.application.payment.PaymentAccounts;
import dev.chit.application.testing.Checkouts;
import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent.OrderDisputed;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.payment.PaymentEvent;
import dev.chit.domain.port.ReceivedPaymentEvents;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** The card network's events: each acted on once, on the order it names, or on none. */
class HandlePaymentEventTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();
    private final Set<String> receivedIds = new HashSet<>();
    private final ReceivedPaymentEvents received = (eventId, type, at) -> receivedIds.add(eventId);
    private final List<Order> disputedOrders = new ArrayList<>();
    private final HandlePaymentEvent handle = new HandlePaymentEvent(chit.orders, chit.payments, received,
            new ConfirmPayment(chit.orders, chit.payments, chit.gateway, new PaymentAccounts(chit.restaurants, chit.orders, chit.payments), chit.events,
                    chit.transactions, new AcceptAutomatically(chit.orders, chit.restaurants, chit.transitionOrder),
                    chit.clock),
            chit.events, disputedOrders::add, chit.transactions, chit.clock);

    private Order awaiting() {
        var result = (PlaceOrderResult.AwaitingPayment) chit.placeOrder.place(
                Checkouts.paidWith("pm_card_authenticationRequired", "k1"),
                (order, token, clientSecret) -> clientSecret.orElseThrow().getBytes(StandardCharsets.UTF_8));
        return result.order();
    }

    private static PaymentEvent event(String id, PaymentEvent.Kind kind, Optional<OrderId> orderId) {
        return new PaymentEvent(id, "test." + kind, kind, Optional.of("auth_1"), orderId, Optional.empty());
    }

    @Test
    void theBanksYes_placesTheOrder_once_whenTheEventComesTwice() {
        Order order = awaiting();
        network.completeAuthentication("auth_1", true);

        var first = handle.handle(event("evt_1", PaymentEvent.Kind.AUTHORIZED, Optional.of(order.id())));
        var again = handle.handle(event("evt_1", PaymentEvent.Kind.AUTHORIZED, Optional.of(order.id())));

        assertThat(first).isEqualTo(HandlePaymentEvent.Outcome.HANDLED);
        assertThat(again).isEqualTo(HandlePaymentEvent.Outcome.DUPLICATE);
        assertThat(chit.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(chit.events.events()).hasSize(1).first().isInstanceOf(OrderPlaced.class);
    }

    @Test
    void withoutTheOrdersId_theOrderIsFoundByItsAuthorization() {
        Order order = awaiting();
        network.completeAuthentication("auth_1", false);

        handle.handle(event("evt_2", PaymentEvent.Kind.FAILED, Optional.empty()));

        Order cancelled = chit.orders.find(order.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.history().getLast().reason()).contains(Order.PAYMENT_FAILED);
    }

    @Test
    void anEventOfNoOrderChitKnows_orOfNoInterest_changesNothing_andIsNotRecorded() {
        awaiting();
        PaymentEvent foreign = new PaymentEvent("evt_3", "payment_intent.amount_capturable_updated",
                PaymentEvent.Kind.AUTHORIZED, Optional.of("pi_foreign"), Optional.of(new OrderId(UUID.randomUUID())),
                Optional.empty());
        PaymentEvent other = new PaymentEvent("evt_4", "customer.created", PaymentEvent.Kind.OTHER,
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(handle.handle(foreign)).isEqualTo(HandlePaymentEvent.Outcome.UNKNOWN_ORDER);
        assertThat(handle.handle(other)).isEqualTo(HandlePaymentEvent.Outcome.IGNORED);
        assertThat(receivedIds).isEmpty();
        assertThat(chit.events.events()).isEmpty();
    }

    @Test
    void aDispute_marksTheOrder_andTellsOfItOnce() {
        Order order = awaiting();
        network.completeAuthentication("auth_1", true);
        handle.handle(event("evt_5", PaymentEvent.Kind.AUTHORIZED, Optional.of(order.id())));

        handle.handle(event("evt_6", PaymentEvent.Kind.DISPUTED, Optional.empty()));
        handle.handle(event("evt_7", PaymentEvent.Kind.DISPUTED, Optional.empty()));

        assertThat(chit.orders.find(order.id()).orElseThrow().disputed()).isTrue();
        assertThat(disputedOrders).singleElement().extracting(Order::id).isEqualTo(order.id());
        assertThat(chit.events.events()).filteredOn(OrderDisputed.class::isInstance).hasSize(1);
    }
}
