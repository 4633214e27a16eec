package dev.chit.application.testing;

import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Claimed;
import dev.chit.domain.notification.OutboxMessage.Status;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The outbox as the port describes it, in memory, taking part in transactions. */
public final class InMemoryOutbox implements Outbox, Snapshotting {

    private Map<UUID, OutboxMessage> messages = new LinkedHashMap<>();
    private Map<UUID, UUID> claims = new LinkedHashMap<>();

    private record State(Map<UUID, OutboxMessage> messages, Map<UUID, UUID> claims) {
    }

    @Override
    public void enqueue(OutboxMessage message) {
        messages.put(message.id(), message);
    }

    @Override
    public List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        UUID claim = UUID.randomUUID();
        List<Claimed> claimed = new ArrayList<>();
        messages.values().stream()
                .filter(m -> m.status() == Status.PENDING && !m.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutboxMessage::nextAttemptAt).thenComparing(OutboxMessage::id))
                .limit(limit)
                .toList()
                .forEach(m -> {
                    OutboxMessage taken = new OutboxMessage(m.id(), m.notice(), m.status(), m.attempts() + 1,
                            m.createdAt(), now.plus(lease), m.lastError(), m.sentAt());
                    messages.put(m.id(), taken);
                    claims.put(m.id(), claim);
                    claimed.add(new Claimed(taken, claim));
                });
        return claimed;
    }

    private boolean holds(Claimed claimed) {
        OutboxMessage current = messages.get(claimed.message().id());
        return current != null && current.status() == Status.PENDING
                && claimed.claim().equals(claims.get(current.id()));
    }

    @Override
    public boolean sent(Claimed claimed, Instant at) {
        return change(claimed, m -> new OutboxMessage(m.id(), m.notice(), Status.SENT, m.attempts(), m.createdAt(),
                m.nextAttemptAt(), Optional.empty(), Optional.of(at)));
    }

    @Override
    public boolean retryAt(Claimed claimed, Instant nextAttemptAt, String error) {
        return change(claimed, m -> new OutboxMessage(m.id(), m.notice(), m.status(), m.attempts(), m.createdAt(),
                nextAttemptAt, Optional.of(error), m.sentAt()));
    }

    @Override
    public boolean dead(Claimed claimed, Instant at, String error) {
        return change(claimed, m -> new OutboxMessage(m.id(), m.notice(), Status.DEAD, m.attempts(), m.createdAt(),
                m.nextAttemptAt(), Optional.of(error), m.sentAt()));
    }

    private boolean change(Claimed claimed, java.util.function.UnaryOperator<OutboxMessage> how) {
        if (!holds(claimed)) {
            return false;
        }
        messages.computeIfPresent(claimed.message().id(), (id, m) -> how.apply(m));
        return true;
    }

    @Override
    public List<OutboxMessage> dead(int limit) {
        return messages.values().stream().filter(m -> m.status() == Status.DEAD).limit(limit).toList();
    }

    @Override
    public List<OutboxMessage> about(OrderId orderId) {
        return messages.values().stream().filter(m -> m.notice() instanceof GuestNotice notice && notice.orderId().equals(orderId)).toList();
    }

    public List<OutboxMessage> all() {
        return List.copyOf(messages.values());
    }

    @Override
    public Object snapshot() {
        return new State(new LinkedHashMap<>(messages), new LinkedHashMap<>(claims));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        messages = new LinkedHashMap<>(state.messages());
        claims = new LinkedHashMap<>(state.claims());
    }
}
