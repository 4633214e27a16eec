package dev.chit.application.testing;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox as the port describes it, in memory, taking part in transactions. */
public final class InMemoryOutbox implements Outbox, Snapshotting {

    private static final InMemoryQueue.Rows<OutboxMessage> ROWS = new InMemoryQueue.Rows<>() {
        @Override
        public boolean pending(OutboxMessage m) {
            return m.status() == Status.PENDING;
        }

        @Override
        public Instant nextAttemptAt(OutboxMessage m) {
            return m.nextAttemptAt();
        }

        @Override
        public OutboxMessage claimed(OutboxMessage m, Instant until) {
            return new OutboxMessage(m.id(), m.notice(), m.status(), m.attempts() + 1, m.createdAt(), until,
                    m.lastError(), m.sentAt(), m.requeuedAt());
        }

        @Override
        public OutboxMessage delivered(OutboxMessage m, Attempt attempt) {
            return new OutboxMessage(m.id(), m.notice(), Status.SENT, m.attempts(), m.createdAt(), m.nextAttemptAt(),
                    Optional.empty(), Optional.of(attempt.at()), m.requeuedAt());
        }

        @Override
        public OutboxMessage retried(OutboxMessage m, Attempt attempt, Instant nextAttemptAt) {
            return new OutboxMessage(m.id(), m.notice(), m.status(), m.attempts(), m.createdAt(), nextAttemptAt,
                    attempt.error(), m.sentAt(), m.requeuedAt());
        }

        @Override
        public OutboxMessage dead(OutboxMessage m, Attempt attempt) {
            return new OutboxMessage(m.id(), m.notice(), Status.DEAD, m.attempts(), m.createdAt(), m.nextAttemptAt(),
                    attempt.error(), m.sentAt(), m.requeuedAt());
        }
    };

    private final InMemoryQueue<OutboxMessage> queue = new InMemoryQueue<>(ROWS);

    @Override
    public void enqueue(OutboxMessage message) {
        queue.enqueue(message);
    }

    @Override
    public List<Leased<OutboxMessage>> claimDue(Instant now, Duration lease, int limit) {
        return queue.claimDue(now, lease, limit);
    }

    @Override
    public boolean delivered(Leased<OutboxMessage> leased, Attempt attempt) {
        return queue.delivered(leased, attempt);
    }

    @Override
    public boolean retryAt(Leased<OutboxMessage> leased, Attempt attempt, Instant nextAttemptAt) {
        return queue.retryAt(leased, attempt, nextAttemptAt);
    }

    @Override
    public boolean dead(Leased<OutboxMessage> leased, Attempt attempt) {
        return queue.dead(leased, attempt);
    }

    @Override
    public boolean release(Leased<OutboxMessage> leased, Instant now) {
        return queue.release(leased, now);
    }

    @Override
    public List<OutboxMessage> dead(int limit) {
        return queue.all().filter(m -> m.status() == Status.DEAD).limit(limit).toList();
    }

    @Override
    public List<OutboxMessage> about(OrderId orderId) {
        return queue.all()
                .filter(m -> m.notice() instanceof GuestNotice notice && notice.orderId().equals(orderId)).toList();
    }

    public List<OutboxMessage> all() {
        return queue.all().toList();
    }

    @Override
    public Object snapshot() {
        return queue.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        queue.restore(snapshot);
    }
}
