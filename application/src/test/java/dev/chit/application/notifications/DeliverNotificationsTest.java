package dev.chit.application.notifications;

import dev.chit.application.delivery.RetryPolicy;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.InMemoryOutbox;
import dev.chit.application.testing.InMemoryReports;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.ReportEmail;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.EmailSender;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

class DeliverNotificationsTest {

    private final InMemoryChit chit = new InMemoryChit().with(aRestaurant().build(), SampleMenu.menu());
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryTransactions transactions = new InMemoryTransactions(chit.orders, outbox);
    private final ScriptedSender sender = new ScriptedSender();
    private final DeliverNotifications deliver = new DeliverNotifications(outbox, chit.orders, chit.restaurants,
            new InMemoryReports(), sender, transactions, chit.clock, RetryPolicy.standard(),
            new ManagerAlerts(chit.users, outbox, chit.ids, chit.clock));

    /** Sends, or fails as told, in turn; remembers what it sent. */
    private static final class ScriptedSender implements EmailSender {
        final Deque<RuntimeException> failures = new ArrayDeque<>();
        final List<GuestEmail> sent = new ArrayList<>();
        final List<ManagerEmail> alerts = new ArrayList<>();
        final List<ReportEmail> reports = new ArrayList<>();
        int calls;

        @Override
        public void send(GuestEmail email) {
            calls++;
            RuntimeException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            sent.add(email);
        }

        @Override
        public void send(ManagerEmail email) {
            calls++;
            RuntimeException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            alerts.add(email);
        }

        @Override
        public void send(ReportEmail email) {
            calls++;
            reports.add(email);
        }
    }

    private OutboxMessage waiting(GuestNoticeKind kind) {
        Order order = anOrder().withId(new OrderId(UUID.randomUUID())).build();
        chit.orders.add(order);
        OutboxMessage message = OutboxMessage.pending(UUID.randomUUID(), new GuestNotice(kind, order.id(),
                Optional.empty(), Optional.empty(), PaymentOutcome.NONE, Optional.empty(), Optional.empty()),
                chit.clock.instant());
        outbox.enqueue(message);
        return message;
    }

    private OutboxMessage stored(OutboxMessage message) {
        return outbox.all().stream().filter(m -> m.id().equals(message.id())).findFirst().orElseThrow();
    }

    private static EmailNotDelivered temporary() {
        return new EmailNotDelivered("421 busy", false, null);
    }

    @Test
    void dueMessages_areSentOnce_inOrder_withTheOrderAndRestaurant() {
        OutboxMessage placed = waiting(GuestNoticeKind.PLACED);
        chit.clock.advance(Duration.ofSeconds(1));
        OutboxMessage accepted = waiting(GuestNoticeKind.ACCEPTED);

        assertThat(deliver.deliverDue()).isEqualTo(2);
        assertThat(deliver.deliverDue()).isZero();

        assertThat(sender.sent).extracting(GuestEmail::messageId).containsExactly(placed.id(), accepted.id());
        assertThat(sender.sent.getFirst().restaurant().name()).isEqualTo(aRestaurant().build().name());
        assertThat(stored(placed).status()).isEqualTo(Status.SENT);
        assertThat(stored(placed).sentAt()).contains(chit.clock.instant());
    }

    @Test
    void failures_areRetriedAfter10_20_40Seconds_underTheSameMessageId() {
        OutboxMessage message = waiting(GuestNoticeKind.READY);
        sender.failures.addAll(List.of(temporary(), temporary(), temporary()));
        Instant start = chit.clock.instant();

        deliver.deliverDue();
        assertThat(stored(message).nextAttemptAt()).isEqualTo(start.plusSeconds(10));
        chit.clock.advance(Duration.ofSeconds(9));
        deliver.deliverDue();
        assertThat(sender.calls).as("not due before its backoff").isEqualTo(1);

        chit.clock.set(start.plusSeconds(10));
        deliver.deliverDue();
        assertThat(stored(message).nextAttemptAt()).isEqualTo(start.plusSeconds(30));
        chit.clock.set(start.plusSeconds(30));
        deliver.deliverDue();
        assertThat(stored(message).nextAttemptAt()).isEqualTo(start.plusSeconds(70));
        chit.clock.set(start.plusSeconds(70));
        deliver.deliverDue();

        assertThat(stored(message).status()).isEqualTo(Status.SENT);
        assertThat(stored(message).attempts()).isEqualTo(4);
        assertThat(sender.sent).extracting(GuestEmail::messageId).containsExactly(message.id());
    }

    @Test
    void theBackoff_doublesUpToAnHour() {
        RetryPolicy policy = RetryPolicy.standard();

        assertThat(List.of(1, 2, 3, 9, 10, 50)).map(policy::backoffAfter).containsExactly(Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(2560), Duration.ofHours(1),
                Duration.ofHours(1));
    }

    @Test
    void aMessageThatStillFailsAfterTheGiveUpTime_isDead_andListed() {
        OutboxMessage message = waiting(GuestNoticeKind.ACCEPTED);
        for (int i = 0; i < 100; i++) {
            sender.failures.add(temporary());
        }
        Instant start = chit.clock.instant();

        for (Instant now = start; now.isBefore(start.plus(Duration.ofHours(26))); now = now.plus(Duration.ofMinutes(5))) {
            chit.clock.set(now);
            deliver.deliverDue();
        }

        assertThat(stored(message).status()).isEqualTo(Status.DEAD);
        assertThat(stored(message).lastError()).contains("421 busy");
        assertThat(deliver.undelivered(10)).extracting(OutboxMessage::id).containsExactly(message.id());
        int triesUntilDead = sender.calls;
        chit.clock.advance(Duration.ofDays(2));
        deliver.deliverDue();
        assertThat(sender.calls).isEqualTo(triesUntilDead);
        assertThat(triesUntilDead).as("10 s, 20 s ... then hourly for a day").isBetween(25, 40);
    }

    @Test
    void anAddressTheServerRefuses_isDeadAtOnce() {
        OutboxMessage message = waiting(GuestNoticeKind.PLACED);
        sender.failures.add(new EmailNotDelivered("550 no such user", true, null));

        deliver.deliverDue();

        assertThat(stored(message).status()).isEqualTo(Status.DEAD);
    }

    @Test
    void aSenderThatDiedMidDelivery_leavesTheMessageClaimed_andItIsSentAgainWhenTheClaimRunsOut() {
        OutboxMessage message = waiting(GuestNoticeKind.READY);
        // Claimed, then the server stopped before it sent or reported anything.
        transactions.inTransaction(() -> outbox.claimDue(chit.clock.instant(), RetryPolicy.standard().lease(), 10));

        deliver.deliverDue();
        assertThat(sender.calls).as("still claimed").isZero();

        chit.clock.advance(RetryPolicy.standard().lease());
        deliver.deliverDue();

        assertThat(sender.sent).extracting(GuestEmail::messageId).containsExactly(message.id());
        assertThat(stored(message).status()).isEqualTo(Status.SENT);
        assertThat(stored(message).attempts()).isEqualTo(2);
    }
}
