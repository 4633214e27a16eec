package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.CANCELLED;
import static dev.chit.domain.order.OrderStatus.PLACED;
import static dev.chit.domain.order.OrderStatus.PREPARING;
import static dev.chit.domain.order.OrderStatus.READY;
import static dev.chit.domain.order.OrderStatus.REJECTED;
import static dev.chit.domain.testing.OrderBuilder.TOTAL_CENTS;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each move asks of the card, and refunds. The order's total is 2800 cents. */
class OrderPaymentTest {

    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));
    private static final Actor BOSS = Actor.manager(UUID.fromString("00000000-0000-0000-0000-000000000b05"));
    private static final Instant AT = Instant.parse("2026-03-02T12:30:00Z");

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    private static PaymentAction actionOf(Order order, TransitionRequest request, Actor by) {
        return order.transition(request, by, AT).event().paymentAction();
    }

    @Test
    void authorizedOrder_acceptedByStaff_capturesThePayment() {
        Order order = anOrder().in(PLACED).paid(PaymentStatus.AUTHORIZED).build();

        assertThat(actionOf(order, TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(10)), COOK))
                .isEqualTo(PaymentAction.CAPTURE);
    }

    @Test
    void authorizedOrder_rejectedByStaff_voidsThePayment() {
        Order order = anOrder().in(PLACED).paid(PaymentStatus.AUTHORIZED).build();

        assertThat(actionOf(order, TransitionRequest.to(REJECTED).withReason("closing early"), COOK))
                .isEqualTo(PaymentAction.VOID);
    }

    @Test
    void authorizedOrder_rejectedByTheSystem_voidsThePayment() {
        Order order = anOrder().in(PLACED).paid(PaymentStatus.AUTHORIZED).build();

        assertThat(actionOf(order, TransitionRequest.to(REJECTED).withReason("not accepted in time"), Actor.system()))
                .isEqualTo(PaymentAction.VOID);
    }

    @Test
    void authorizedOrder_cancelledByTheGuest_voidsThePayment() {
        Order order = anOrder().in(PLACED).paid(PaymentStatus.AUTHORIZED).build();

        assertThat(actionOf(order, TransitionRequest.to(CANCELLED), Actor.customer())).isEqualTo(PaymentAction.VOID);
    }

    @Test
    void capturedOrder_cancelledByStaff_refundsWhatRemains() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        assertThat(actionOf(order, TransitionRequest.to(CANCELLED).withReason("oven broke"), COOK))
                .isEqualTo(PaymentAction.REFUND_REMAINING);
    }

    @Test
    void partiallyRefundedOrder_cancelledByAManager_refundsWhatRemains() {
        Order order = anOrder().in(READY).paid(PaymentStatus.PARTIALLY_REFUNDED).refunded(500).build();

        assertThat(actionOf(order, TransitionRequest.to(CANCELLED).withReason("never collected"), BOSS))
                .isEqualTo(PaymentAction.REFUND_REMAINING);
    }

    @Test
    void unpaidOrder_asksNothingOfThePayment_whateverTheMove() {
        Order placed = anOrder().in(PLACED).paid(PaymentStatus.UNPAID).build();
        Order accepted = anOrder().in(ACCEPTED).paid(PaymentStatus.UNPAID).build();

        assertThat(actionOf(placed, TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(10)), COOK))
                .isEqualTo(PaymentAction.NONE);
        assertThat(actionOf(placed, TransitionRequest.to(REJECTED).withReason("no"), COOK)).isEqualTo(PaymentAction.NONE);
        assertThat(actionOf(placed, TransitionRequest.to(CANCELLED), Actor.customer())).isEqualTo(PaymentAction.NONE);
        assertThat(actionOf(accepted, TransitionRequest.to(CANCELLED).withReason("no"), COOK)).isEqualTo(PaymentAction.NONE);
    }

    @Test
    void kitchenMoves_askNothingOfThePayment() {
        Order accepted = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();
        Order preparing = anOrder().in(PREPARING).paid(PaymentStatus.CAPTURED).build();
        Order ready = anOrder().in(READY).paid(PaymentStatus.CAPTURED).build();

        assertThat(actionOf(accepted, TransitionRequest.to(PREPARING), COOK)).isEqualTo(PaymentAction.NONE);
        assertThat(actionOf(preparing, TransitionRequest.to(READY), COOK)).isEqualTo(PaymentAction.NONE);
        assertThat(actionOf(ready, TransitionRequest.to(OrderStatus.COMPLETED), COOK)).isEqualTo(PaymentAction.NONE);
    }

    @Test
    void aMove_leavesThePaymentStatusToTheGateway() {
        Order order = anOrder().in(PLACED).paid(PaymentStatus.AUTHORIZED).build();

        Order accepted = order.transition(TransitionRequest.to(ACCEPTED).withPrepTime(Duration.ofMinutes(10)), COOK, AT).order();

        assertThat(accepted.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void captured_recordsWhatTheGatewayDid_andEmitsAnEvent() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.AUTHORIZED).build();

        Order.PaymentRecorded recorded = order.captured(AT);

        assertThat(recorded.order().paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(recorded.order().status()).isEqualTo(ACCEPTED);
        assertThat(recorded.event()).isEqualTo(new PaymentChanged(order.id(), order.restaurantId(), PaymentStatus.CAPTURED, AT));
    }

    @Test
    void voided_releasesAnAuthorization() {
        Order order = anOrder().in(REJECTED).paid(PaymentStatus.AUTHORIZED).build();

        Order.PaymentRecorded recorded = order.voided(AT);

        assertThat(recorded.order().paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(recorded.event()).isEqualTo(new PaymentChanged(order.id(), order.restaurantId(), PaymentStatus.VOIDED, AT));
    }

    @Test
    void authorized_followsTheGuestsAuthentication() {
        Order order = anOrder().in(PLACED).paid(PaymentStatus.REQUIRES_ACTION).build();

        assertThat(order.authorized(AT).order().paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"AUTHORIZED"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAuthorization_canBeCaptured(PaymentStatus payment) {
        Order order = anOrder().in(ACCEPTED).paid(payment).build();

        assertThatThrownBy(() -> order.captured(AT)).isInstanceOf(PaymentNotAllowed.class);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"AUTHORIZED", "REQUIRES_ACTION"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAuthorization_orOneAwaitingTheBank_canBeVoided(PaymentStatus payment) {
        Order order = anOrder().in(REJECTED).paid(payment).build();

        assertThatThrownBy(() -> order.voided(AT)).isInstanceOf(PaymentNotAllowed.class);
    }

    @Test
    void anAuthorizationAwaitingTheBank_isVoidedWhenGivenUp() {
        Order order = anOrder().in(CANCELLED).paid(PaymentStatus.REQUIRES_ACTION).unnumbered().build();

        assertThat(order.voided(AT).order().paymentStatus()).isEqualTo(PaymentStatus.VOIDED);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"REQUIRES_ACTION"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAPaymentAwaitingTheBank_canBecomeAuthorized(PaymentStatus payment) {
        Order order = anOrder().in(PLACED).paid(payment).build();

        assertThatThrownBy(() -> order.authorized(AT)).isInstanceOf(PaymentNotAllowed.class);
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void capturedMoney_isHeldWhileCapturedOrPartlyRefunded(PaymentStatus payment) {
        assertThat(payment.holdsCapturedMoney())
                .isEqualTo(payment == PaymentStatus.CAPTURED || payment == PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void aPartialRefund_leavesTheOrderPartiallyRefunded() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        Order.PaymentRecorded refunded = order.refunded(usd(800), AT);

        assertThat(refunded.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(refunded.order().refunded()).isEqualTo(usd(800));
        assertThat(refunded.order().refundable()).isEqualTo(usd(TOTAL_CENTS - 800));
        assertThat(refunded.event()).isEqualTo(
                new PaymentChanged(order.id(), order.restaurantId(), PaymentStatus.PARTIALLY_REFUNDED, AT));
    }

    @Test
    void refundsThatAddUpToTheTotal_leaveTheOrderRefunded() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        Order once = order.refunded(usd(800), AT).order();
        Order twice = once.refunded(usd(TOTAL_CENTS - 800), AT).order();

        assertThat(twice.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(twice.refunded()).isEqualTo(usd(TOTAL_CENTS));
        assertThat(twice.refundable()).isEqualTo(usd(0));
    }

    @Test
    void aFullRefundAtOnce_leavesTheOrderRefunded() {
        Order refunded = anOrder().in(READY).paid(PaymentStatus.CAPTURED).build().refunded(usd(TOTAL_CENTS), AT).order();

        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aRefundOfMoreThanWasCaptured_isNotAllowed() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        assertThatThrownBy(() -> order.refunded(usd(TOTAL_CENTS + 1), AT)).isInstanceOf(RefundNotAllowed.class);
    }

    @Test
    void aRefundOfMoreThanRemains_isNotAllowed() {
        Order partly = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build().refunded(usd(2000), AT).order();

        assertThatThrownBy(() -> partly.refunded(usd(801), AT))
                .isInstanceOfSatisfying(RefundNotAllowed.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("amount"));
        assertThat(partly.refunded(usd(800), AT).order().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = {"UNPAID", "AUTHORIZED", "VOIDED", "REFUNDED"})
    void aRefund_whenNothingIsCaptured_isNotAllowed(PaymentStatus payment) {
        Order order = anOrder().in(ACCEPTED).paid(payment).refunded(payment == PaymentStatus.REFUNDED ? TOTAL_CENTS : 0).build();

        assertThat(order.refundable()).isEqualTo(usd(0));
        assertThatThrownBy(() -> order.refunded(usd(1), AT)).isInstanceOf(RefundNotAllowed.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -2800})
    void aRefundThatIsNotPositive_isNotAllowed(long cents) {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        assertThatThrownBy(() -> order.refunded(usd(cents), AT))
                .isInstanceOf(RefundNotAllowed.class)
                .isInstanceOf(InvalidInput.class);
    }
}
