package dev.chit.application.notifications;

import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryOutbox;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.application.testing.RecordingEventPublisher;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentAction;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifyingEventPublisherTest {

    private final InMemoryChit chit = new InMemoryChit();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryTransactions transactions = new InMemoryTransactions(chit.orders, events, outbox);
    private final NotifyingEventPublisher publisher =
            new NotifyingEventPublisher(events, chit.orders, outbox, chit.ids, chit.clock);

    private Order stored(OrderStatus status, PaymentStatus payment) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).in(status).paid(payment).build();
        chit.orders.add(order);
        return order;
    }

    private List<GuestNotice> noticesAfter(OrderEvent event) {
        transactions.inTransaction(() -> publisher.publish(event));
        return outbox.all().stream().map(OutboxMessage::notice).map(GuestNotice.class::cast).toList();
    }

    private static OrderStatusChanged moved(Order order, OrderStatus from, OrderStatus to, PaymentAction action) {
        return new OrderStatusChanged(order.id(), RESTAURANT_ID, from, to, Actor.system(), Optional.of("closing early"),
                action, START);
    }

    @Test
    void everyEvent_isPassedOn_withItsSequenceNumber() {
        Order order = stored(OrderStatus.PLACED, PaymentStatus.AUTHORIZED);

        long seq = transactions.inTransaction(() -> publisher.publish(new OrderPlaced(order.id(), RESTAURANT_ID, START)));

        assertThat(seq).isEqualTo(1);
        assertThat(events.events()).hasSize(1);
    }

    @Test
    void aPlacedOrder_enqueuesThePlacedEmail_dueAtOnce() {
        Order order = stored(OrderStatus.PLACED, PaymentStatus.AUTHORIZED);

        assertThat(noticesAfter(new OrderPlaced(order.id(), RESTAURANT_ID, START)))
                .extracting(GuestNotice::kind).containsExactly(GuestNoticeKind.PLACED);
        OutboxMessage message = outbox.all().getFirst();
        assertThat(message.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message.nextAttemptAt()).isEqualTo(chit.clock.instant());
    }

    @Test
    void anAcceptedOrder_enqueuesItsPromise() {
        Order order = stored(OrderStatus.ACCEPTED, PaymentStatus.CAPTURED);

        assertThat(noticesAfter(moved(order, OrderStatus.PLACED, OrderStatus.ACCEPTED, PaymentAction.CAPTURE)))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(GuestNoticeKind.ACCEPTED);
                    assertThat(notice.promisedFor()).contains(order.estimatedReadyAt());
                });
    }

    @Test
    void readyAndOutForDelivery_enqueue_butPreparingAndCompletedDoNot() {
        Order order = stored(OrderStatus.READY, PaymentStatus.CAPTURED);

        noticesAfter(moved(order, OrderStatus.ACCEPTED, OrderStatus.PREPARING, PaymentAction.NONE));
        noticesAfter(moved(order, OrderStatus.PREPARING, OrderStatus.READY, PaymentAction.NONE));
        noticesAfter(moved(order, OrderStatus.READY, OrderStatus.OUT_FOR_DELIVERY, PaymentAction.NONE));
        noticesAfter(moved(order, OrderStatus.OUT_FOR_DELIVERY, OrderStatus.COMPLETED, PaymentAction.NONE));
        noticesAfter(new PaymentChanged(order.id(), RESTAURANT_ID, PaymentStatus.CAPTURED, START));

        assertThat(outbox.all()).extracting(m -> ((GuestNotice) m.notice()).kind())
                .containsExactly(GuestNoticeKind.READY, GuestNoticeKind.OUT_FOR_DELIVERY);
    }

    @Test
    void aRejection_saysWhy_andThatTheReservationIsReleased() {
        Order order = stored(OrderStatus.REJECTED, PaymentStatus.AUTHORIZED);

        assertThat(noticesAfter(moved(order, OrderStatus.PLACED, OrderStatus.REJECTED, PaymentAction.VOID)))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(GuestNoticeKind.REJECTED);
                    assertThat(notice.reason()).contains("closing early");
                    assertThat(notice.payment()).isEqualTo(PaymentOutcome.VOIDED);
                });
    }

    @Test
    void aDelay_enqueuesTheNewPromise_andTheReason() {
        Order order = stored(OrderStatus.PREPARING, PaymentStatus.CAPTURED);
        Instant later = START.plus(Duration.ofMinutes(45));

        assertThat(noticesAfter(new OrderDelayed(order.id(), RESTAURANT_ID, Duration.ofMinutes(15), later,
                Actor.system(), Optional.of("oven down"), START))).singleElement().satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(GuestNoticeKind.DELAYED);
                    assertThat(notice.promisedFor()).contains(later);
                    assertThat(notice.delayMinutes()).contains(15L);
                    assertThat(notice.reason()).contains("oven down");
                });
    }

    @Test
    void aManagersRefund_enqueuesTheRefundedEmail_butTheRefundOfACancellationDoesNot() {
        Order refundedLater = stored(OrderStatus.COMPLETED, PaymentStatus.PARTIALLY_REFUNDED);
        noticesAfter(new PaymentChanged(refundedLater.id(), RESTAURANT_ID, PaymentStatus.PARTIALLY_REFUNDED, START));

        Order accepted = stored(OrderStatus.ACCEPTED, PaymentStatus.CAPTURED);
        var cancelled = accepted.transition(TransitionRequest.to(OrderStatus.CANCELLED).withReason("we are out of fish"),
                Actor.manager(UUID.randomUUID()), START);
        var refunded = cancelled.order().refunded(cancelled.order().refundable(), START);
        chit.orders.update(refunded.order());
        noticesAfter(cancelled.event());
        noticesAfter(refunded.event());

        assertThat(outbox.all()).extracting(m -> ((GuestNotice) m.notice()).kind())
                .containsExactly(GuestNoticeKind.REFUNDED, GuestNoticeKind.CANCELLED);
        assertThat(((GuestNotice) outbox.all().getLast().notice()).payment()).isEqualTo(PaymentOutcome.REFUNDED);
    }

    @Test
    void aChangeThatRollsBack_takesItsMessageWithIt() {
        Order order = stored(OrderStatus.PLACED, PaymentStatus.AUTHORIZED);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            publisher.publish(new OrderPlaced(order.id(), RESTAURANT_ID, START));
            throw new IllegalStateException("the idempotency key could not be completed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.all()).isEmpty();
        assertThat(events.events()).isEmpty();
    }
}
