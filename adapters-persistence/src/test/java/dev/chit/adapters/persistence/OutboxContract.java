package dev.chit.adapters.persistence;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.notification.Notice;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.domain.notification.PaymentOutcome;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.restaurant.RestaurantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.chit.adapters.persistence.Fixtures.NOON;
import static dev.chit.adapters.persistence.Fixtures.minutesAfterNoon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox of the guest's emails. Tests share the table, so each looks only at the messages
 * it wrote itself (claims may also take other tests' leftovers, which no test minds).
 */
abstract class OutboxContract extends ContractBase {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private Outbox outbox() {
        return database().outbox();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return database().transactions().inTransaction(work);
    }

    private static GuestNotice notice(OrderId orderId) {
        return new GuestNotice(GuestNoticeKind.CANCELLED, orderId, Optional.of(NOON),
                Optional.of("out of \"fish\", sorry \\ \n tomorrow"), PaymentOutcome.REFUNDED, Optional.of(15L),
                Optional.of(1234L));
    }

    private OutboxMessage enqueued(OrderId orderId, Instant at) {
        OutboxMessage message = OutboxMessage.pending(UUID.randomUUID(), notice(orderId), at);
        inTransaction(() -> {
            outbox().enqueue(message);
            return null;
        });
        return message;
    }

    private List<Leased<OutboxMessage>> claimed(Instant now, OrderId orderId) {
        return outbox().claimDue(now, LEASE, 1000).stream()
                .filter(claim -> claim.message().notice() instanceof GuestNotice notice
                        && notice.orderId().equals(orderId)).toList();
    }

    private static OrderId newOrder() {
        return new OrderId(UUID.randomUUID());
    }

    private OutboxMessage deadAt(Notice notice, Instant at) {
        OutboxMessage message = OutboxMessage.pending(UUID.randomUUID(), notice, NOON);
        inTransaction(() -> {
            outbox().enqueue(message);
            return null;
        });
        Leased<OutboxMessage> claim = outbox().claimDue(minutesAfterNoon(60 * 48), LEASE, 1000).stream()
                .filter(leased -> leased.message().id().equals(message.id())).findFirst().orElseThrow();
        assertThat(outbox().dead(claim, new Attempt(at, Optional.empty(), Optional.of("550 no such mailbox"))))
                .isTrue();
        return message;
    }

    @Test
    void deadEmailsOfARestaurant_areItsGuestsItsManagersAndItsReports_andOneIsSentBackWithAFreshBudget() {
        var kitchen = given().kitchen();
        RestaurantId ours = kitchen.id();
        Order order = kitchen.order().place();
        OutboxMessage guest = deadAt(notice(order.id()), minutesAfterNoon(1));
        OutboxMessage alert = deadAt(ManagerAlert.paused(ours, "boss@example.com", 3, NOON), minutesAfterNoon(2));
        deadAt(ManagerAlert.paused(new RestaurantId(UUID.randomUUID()), "other@example.com", 3, NOON),
                minutesAfterNoon(3));
        var letters = database().deadLetters();

        var dead = letters.page(DeadLetters.Queue.EMAILS, ours, Optional.empty(), 10);

        assertThat(dead).extracting(DeadLetter::id).containsExactly(alert.id(), guest.id());
        assertThat(dead).extracting(DeadLetter::type).containsExactly("manager.paused-for-missed-orders",
                "guest.cancelled");
        assertThat(dead).extracting(DeadLetter::subjectId).containsExactly(ours.value(), order.id().value());
        Instant later = minutesAfterNoon(60 * 72);
        assertThat(letters.requeue(DeadLetters.Queue.EMAILS, ours, guest.id(), later))
                .isEqualTo(DeadLetters.Requeued.REQUEUED);
        Leased<OutboxMessage> again = claimed(later, order.id()).getFirst();
        assertThat(again.message().attempts()).isEqualTo(1);
        assertThat(again.message().attemptsSince()).isEqualTo(later);
        assertThat(letters.page(DeadLetters.Queue.EMAILS, ours, Optional.empty(), 10)).extracting(DeadLetter::id)
                .containsExactly(alert.id());
    }

    @Test
    void aManagersAlert_isReadBackAsWritten() {
        var restaurantId = new RestaurantId(UUID.randomUUID());
        var paused = OutboxMessage.pending(UUID.randomUUID(),
                ManagerAlert.paused(restaurantId, "boss@example.com", 3, NOON), NOON);
        var undelivered = OutboxMessage.pending(UUID.randomUUID(),
                ManagerAlert.undelivered(restaurantId, "boss@example.com", 42, "guest \"x\"@example.com"), NOON);
        inTransaction(() -> {
            outbox().enqueue(paused);
            outbox().enqueue(undelivered);
            return null;
        });

        var mine = outbox().claimDue(NOON, LEASE, 1000).stream()
                .filter(claim -> claim.message().id().equals(paused.id())
                        || claim.message().id().equals(undelivered.id()))
                .map(claim -> claim.message().notice()).toList();

        assertThat(mine).containsExactlyInAnyOrder(paused.notice(), undelivered.notice());
    }

    @Test
    void aMessage_isReadBackAsWritten() {
        OrderId orderId = newOrder();
        OutboxMessage message = enqueued(orderId, NOON);

        assertThat(outbox().about(orderId)).containsExactly(message);
    }

    @Test
    void aRolledBackChange_leavesNoMessage() {
        OrderId orderId = newOrder();
        assertThatThrownBy(() -> inTransaction(() -> {
            outbox().enqueue(OutboxMessage.pending(UUID.randomUUID(), notice(orderId), NOON));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox().about(orderId)).isEmpty();
    }

    @Test
    void aClaim_countsAnAttempt_andHidesTheMessageUntilItsLeaseRunsOut() {
        OrderId orderId = newOrder();
        OutboxMessage message = enqueued(orderId, NOON);

        assertThat(claimed(minutesAfterNoon(-1), orderId)).as("not due yet").isEmpty();
        List<Leased<OutboxMessage>> first = claimed(NOON, orderId);
        assertThat(first).singleElement().satisfies(claim -> {
            assertThat(claim.message().id()).isEqualTo(message.id());
            assertThat(claim.message().attempts()).isEqualTo(1);
        });
        assertThat(claimed(minutesAfterNoon(1), orderId)).as("claimed, lease running").isEmpty();

        // The sender died mid-delivery: once the lease ran out, the message is claimed again.
        List<Leased<OutboxMessage>> second = claimed(minutesAfterNoon(3), orderId);
        assertThat(second).singleElement().satisfies(claim -> assertThat(claim.message().attempts()).isEqualTo(2));

        assertThat(outbox().delivered(first.getFirst(), Attempt.succeeded(minutesAfterNoon(4)))).as("a stale claim reports nothing").isFalse();
        assertThat(outbox().delivered(second.getFirst(), Attempt.succeeded(minutesAfterNoon(4)))).isTrue();
        assertThat(outbox().about(orderId)).singleElement().satisfies(sent -> {
            assertThat(sent.status()).isEqualTo(Status.SENT);
            assertThat(sent.sentAt()).contains(minutesAfterNoon(4));
        });
        assertThat(claimed(minutesAfterNoon(60), orderId)).as("sent is never claimed again").isEmpty();
    }

    @Test
    void aFailedAttempt_isDueAgainAtItsRetryTime_andADeadMessageNever() {
        OrderId orderId = newOrder();
        enqueued(orderId, NOON);
        Leased<OutboxMessage> claim = claimed(NOON, orderId).getFirst();

        assertThat(outbox().retryAt(claim, Attempt.failed(NOON, "421 try later"), minutesAfterNoon(30))).isTrue();
        assertThat(claimed(minutesAfterNoon(29), orderId)).isEmpty();
        Leased<OutboxMessage> again = claimed(minutesAfterNoon(30), orderId).getFirst();
        assertThat(again.message().lastError()).contains("421 try later");

        assertThat(outbox().dead(again, Attempt.failed(minutesAfterNoon(31), "550 no such user"))).isTrue();
        assertThat(claimed(minutesAfterNoon(24 * 60), orderId)).isEmpty();
        assertThat(outbox().about(orderId)).singleElement()
                .satisfies(dead -> assertThat(dead.status()).isEqualTo(Status.DEAD));
        assertThat(outbox().dead(1000)).anySatisfy(dead -> assertThat(dead.id()).isEqualTo(again.message().id()));
    }

    @Test
    void concurrentClaimers_neverGetTheSameMessage() throws Exception {
        OrderId orderId = newOrder();
        Instant now = minutesAfterNoon(10_000);
        Set<UUID> ours = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            ours.add(enqueued(orderId, NOON).id());
        }

        List<List<UUID>> perClaimer = Concurrently.run(8, () -> {
            List<UUID> got = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Leased<OutboxMessage> claim : outbox().claimDue(now, LEASE, 3)) {
                    got.add(claim.message().id());
                }
            }
            return got;
        });

        List<UUID> all = perClaimer.stream().flatMap(List::stream).filter(ours::contains).toList();
        assertThat(all).as("each message claimed exactly once").doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(ours);
    }
}
