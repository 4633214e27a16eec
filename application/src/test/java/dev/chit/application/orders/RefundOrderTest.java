package dev.chit.application.orders;

import dev.chit.application.access.Caller;
import dev.chit.application.access.NotPermitted;
import dev.chit.application.checkout.IdempotencyKeyReused;
import dev.chit.application.orders.RefundOrder.Refunded;
import dev.chit.application.testing.FakeCardNetwork;
import dev.chit.application.testing.FakeCardNetwork.Call;
import dev.chit.application.testing.FakeCardNetwork.Fault;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.LineQuantity;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.RefundNotAllowed;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.payment.PaymentOperation.Kind;
import dev.chit.domain.payment.PaymentOperation.State;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.Checkouts.TOTAL;
import static dev.chit.application.testing.Checkouts.place;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundOrderTest {

    private static final Caller MANAGER = caller(Role.MANAGER, RESTAURANT_ID);
    private static final Caller COOK = caller(Role.STAFF, RESTAURANT_ID);

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final FakeCardNetwork network = chit.network();
    private final OrderId orderId = place(chit, "tok_visa", "k1").order().id();

    private static Caller caller(Role role, RestaurantId at) {
        return new Caller(new UserId(UUID.randomUUID()), role + "@example.com", "Pat", false,
                List.of(new Membership(at, role)));
    }

    private void accept() {
        chit.transitionOrder.transition(orderId, TransitionRequest.to(OrderStatus.ACCEPTED),
                Actor.staff(UUID.randomUUID()), RESTAURANT_ID::equals, Optional.empty());
    }

    private Refunded refund(long amount, Optional<String> key) {
        return chit.refundOrder.refund(new RefundCommand(orderId, amount, "cold fries", key), MANAGER);
    }

    @Test
    void partialRefunds_addUp_untilEverythingIsBack() {
        accept();

        Refunded first = refund(500, Optional.empty());
        assertThat(first.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(first.order().refunded().minorUnits()).isEqualTo(500);
        assertThat(first.refund().kind()).isEqualTo(Kind.REFUND);
        assertThat(first.refund().state()).isEqualTo(State.SUCCEEDED);
        assertThat(first.refund().reason()).contains("cold fries");

        Refunded rest = refund(TOTAL - 500, Optional.empty());
        assertThat(rest.order().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(network.calls("refund")).extracting(Call::amount).containsExactly(500L, TOTAL - 500);
    }

    @Test
    void moreThanWasCaptured_isRefused_andNothingIsSent() {
        accept();
        refund(1000, Optional.empty());

        assertThatThrownBy(() -> refund(TOTAL - 999, Optional.empty())).isInstanceOf(RefundNotAllowed.class);
        assertThatThrownBy(() -> refund(0, Optional.empty())).isInstanceOf(RefundNotAllowed.class);
        assertThat(network.calls("refund")).hasSize(1);
        assertThat(chit.orders.find(orderId).orElseThrow().refunded().minorUnits()).isEqualTo(1000);
    }

    @Test
    void beforeTheCapture_thereIsNothingToRefund() {
        assertThatThrownBy(() -> refund(100, Optional.empty())).isInstanceOf(RefundNotAllowed.class);
    }

    @Test
    void onlyManagersOfTheRestaurant_mayRefund() {
        accept();

        assertThatThrownBy(() -> chit.refundOrder.refund(new RefundCommand(orderId, 100, "x", Optional.empty()), COOK))
                .isInstanceOf(NotPermitted.class);
        Caller elsewhere = caller(Role.MANAGER, new RestaurantId(UUID.randomUUID()));
        assertThatThrownBy(() -> chit.refundOrder.refund(new RefundCommand(orderId, 100, "x", Optional.empty()),
                elsewhere)).isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.kind()).isEqualTo("order"));
        assertThat(network.calls("refund")).isEmpty();
    }

    @Test
    void aReason_isRequired() {
        assertThatThrownBy(() -> new RefundCommand(orderId, 100, " ", Optional.empty()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aRetryUnderTheSameKey_findsTheFirstRefund_insteadOfRefundingTwice() {
        accept();

        Refunded first = refund(300, Optional.of("r-1"));
        Refunded again = refund(300, Optional.of("r-1"));

        assertThat(again.replayed()).isTrue();
        assertThat(again.refund().id()).isEqualTo(first.refund().id());
        assertThat(network.calls("refund")).hasSize(1);
        assertThat(again.order().refunded().minorUnits()).isEqualTo(300);
        assertThatThrownBy(() -> refund(400, Optional.of("r-1"))).isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void aRefundTheNetworkDidNotAnswer_countsAtOnce_andIsSentByTheJob() {
        accept();
        network.failNext(1, Fault.BEFORE);

        Refunded refunded = refund(700, Optional.empty());

        assertThat(refunded.refund().state()).isEqualTo(State.PENDING);
        assertThat(refunded.order().refunded().minorUnits()).isEqualTo(700);
        chit.settlePayments.settlePending();
        assertThat(chit.payments.find(refunded.refund().id()).orElseThrow().state()).isEqualTo(State.SUCCEEDED);
        assertThat(network.calls("refund")).hasSize(1);
    }

    @Test
    void aRefundByLine_givesBackTheItems_throughTheSameCardRefund_neverTheTip() {
        accept();
        var line = chit.orders.find(orderId).orElseThrow().lines().getFirst();
        List<LineQuantity> burger = List.of(new LineQuantity(line.id(), 1));

        assertThat(chit.refundOrder.preview(orderId, burger, MANAGER).amount().minorUnits()).isEqualTo(1250);
        assertThat(network.calls("refund")).isEmpty();
        Refunded refunded = chit.refundOrder.refund(
                RefundCommand.ofLines(orderId, burger, "wrong order", Optional.empty()), MANAGER);

        assertThat(refunded.refund().amount().minorUnits()).isEqualTo(1250);
        assertThat(refunded.refund().state()).isEqualTo(State.SUCCEEDED);
        assertThat(refunded.order().lines().getFirst().refundedQuantity()).isEqualTo(1);
        assertThat(refunded.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(network.calls("refund")).extracting(Call::amount).containsExactly(1250L);
    }

    @Test
    void aLineRefundedTwice_isRefused_andNothingIsSentOrChanged() {
        accept();
        var line = chit.orders.find(orderId).orElseThrow().lines().getFirst();
        List<LineQuantity> burger = List.of(new LineQuantity(line.id(), 1));
        chit.refundOrder.refund(RefundCommand.ofLines(orderId, burger, "wrong order", Optional.empty()), MANAGER);

        assertThatThrownBy(() -> chit.refundOrder.refund(
                RefundCommand.ofLines(orderId, burger, "again", Optional.empty()), MANAGER))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(() -> chit.refundOrder.preview(orderId, burger, COOK)).isInstanceOf(NotPermitted.class);
        assertThat(network.calls("refund")).hasSize(1);
        assertThat(chit.orders.find(orderId).orElseThrow().refunded().minorUnits()).isEqualTo(1250);
    }
}
