package dev.chit.domain.order;

import dev.chit.domain.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.order.OrderStatus.ACCEPTED;
import static dev.chit.domain.order.OrderStatus.READY;
import static dev.chit.domain.testing.OrderBuilder.TOTAL_CENTS;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the card network tells of an order on its own: refunds made in its dashboard, and
 * disputes. The order's total is 2800 cents.
 */
class OrderAtTheNetworkTest {

    private static final Instant AT = Instant.parse("2026-03-02T12:40:00Z");
    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    @Test
    void aRefundInTheDashboard_isCountedOnce_besideChitsOwn_withAnEntryThatMovesNothing() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).refunded(500).build();

        Order.PaymentRecorded recorded = order.refundedElsewhere(usd(1200), usd(500), AT).orElseThrow();

        assertThat(recorded.order().refunded()).isEqualTo(usd(1200));
        assertThat(recorded.order().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(recorded.event().paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        HistoryEntry entry = recorded.order().history().getLast();
        assertThat(entry.from()).contains(ACCEPTED);
        assertThat(entry.to()).isEqualTo(ACCEPTED);
        assertThat(entry.reason()).contains(Order.REFUNDED_ELSEWHERE);
        assertThat(entry.actor().type()).isEqualTo(ActorType.SYSTEM);
        assertThat(entry.isMove()).isFalse();
        assertThat(recorded.order().refundedElsewhere(usd(1200), usd(500), AT)).as("told again").isEmpty();
    }

    @Test
    void theNetworkTellingOfChitsOwnRefunds_changesNothing() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.PARTIALLY_REFUNDED).refunded(800).build();

        assertThat(order.refundedElsewhere(usd(500), usd(800), AT))
                .as("one of Chit's refunds is not made yet").isEmpty();
        assertThat(order.refundedElsewhere(usd(800), usd(800), AT)).isEmpty();
    }

    @Test
    void allOfItRefundedInTheDashboard_refundsTheOrder_andNeverMoreThanItsTotal() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        Order refunded = order.refundedElsewhere(usd(TOTAL_CENTS + 100), usd(0), AT).orElseThrow().order();

        assertThat(refunded.refunded()).isEqualTo(usd(TOTAL_CENTS));
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(anOrder().in(OrderStatus.PLACED).paid(PaymentStatus.AUTHORIZED).build()
                .refundedElsewhere(usd(100), usd(0), AT)).as("nothing captured").isEmpty();
    }

    @Test
    void anEntryThatMovesNothing_doesNotRestartTheRecallWindow() {
        Instant readyAt = AT;
        Order ready = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build()
                .transition(TransitionRequest.to(OrderStatus.PREPARING), COOK, readyAt.minusSeconds(60)).order()
                .transition(TransitionRequest.to(READY), COOK, readyAt).order();
        Order refundedLater = ready.refundedElsewhere(usd(100), usd(0), readyAt.plus(Duration.ofMinutes(9)))
                .orElseThrow().order();

        assertThat(refundedLater.movedToStatusAt()).isEqualTo(readyAt);
    }

    @Test
    void aDispute_showsOnTheOrder_once() {
        Order order = anOrder().in(ACCEPTED).paid(PaymentStatus.CAPTURED).build();

        Optional<Order.Disputed> disputed = order.disputed(AT);

        assertThat(order.disputed()).isFalse();
        assertThat(disputed).isPresent();
        assertThat(disputed.get().order().disputed()).isTrue();
        assertThat(disputed.get().event().orderId()).isEqualTo(order.id());
        assertThat(disputed.get().order().disputed(AT)).isEmpty();
    }
}
