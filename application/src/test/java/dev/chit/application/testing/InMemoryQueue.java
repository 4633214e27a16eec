package dev.chit.application.testing;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.delivery.Queued;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The claim-with-lease queue of {@code DeliveryQueue}, in memory: what {@link InMemoryOutbox}
 * and {@link InMemoryWebhooks} share. {@link Rows} says how a message of each kind is read and
 * changed.
 */
final class InMemoryQueue<M extends Queued> implements Snapshotting {

    /** How the queue reads and changes one kind of message (records are immutable). */
    interface Rows<M> {

        boolean pending(M message);

        Instant nextAttemptAt(M message);

        /** One more attempt, hidden until {@code until}. */
        M claimed(M message, Instant until);

        M delivered(M message, Attempt attempt);

        M retried(M message, Attempt attempt, Instant nextAttemptAt);

        M dead(M message, Attempt attempt);
    }

    private record State<M>(Map<UUID, M> messages, Map<UUID, UUID> claims) {
    }

    private final Rows<M> rows;
    private Map<UUID, M> messages = new LinkedHashMap<>();
    private Map<UUID, UUID> claims = new LinkedHashMap<>();
    // Each claimed message as it was before its claim: what a release puts back.
    private Map<UUID, M> unclaimed = new LinkedHashMap<>();

    InMemoryQueue(Rows<M> rows) {
        this.rows = rows;
    }

    void enqueue(M message) {
        messages.put(message.id(), message);
    }

    Stream<M> all() {
        return messages.values().stream();
    }

    void removeIf(java.util.function.Predicate<M> gone) {
        messages.values().removeIf(gone);
    }

    List<Leased<M>> claimDue(Instant now, Duration lease, int limit) {
        UUID claim = UUID.randomUUID();
        List<Leased<M>> claimed = new ArrayList<>();
        messages.values().stream()
                .filter(m -> rows.pending(m) && !rows.nextAttemptAt(m).isAfter(now))
                .sorted(Comparator.comparing(rows::nextAttemptAt).thenComparing(Queued::id))
                .limit(limit)
                .toList()
                .forEach(m -> {
                    unclaimed.put(m.id(), m);
                    M taken = rows.claimed(m, now.plus(lease));
                    messages.put(m.id(), taken);
                    claims.put(m.id(), claim);
                    claimed.add(new Leased<>(taken, claim));
                });
        return claimed;
    }

    /** Changes the message when the lease is still this claim's and it is pending. */
    boolean settle(Leased<M> leased, UnaryOperator<M> how) {
        M current = messages.get(leased.message().id());
        if (current == null || !rows.pending(current) || !leased.claim().equals(claims.get(current.id()))) {
            return false;
        }
        messages.put(current.id(), how.apply(current));
        return true;
    }

    boolean delivered(Leased<M> leased, Attempt attempt) {
        return settle(leased, m -> rows.delivered(m, attempt));
    }

    boolean retryAt(Leased<M> leased, Attempt attempt, Instant nextAttemptAt) {
        return settle(leased, m -> rows.retried(m, attempt, nextAttemptAt));
    }

    boolean dead(Leased<M> leased, Attempt attempt) {
        return settle(leased, m -> rows.dead(m, attempt));
    }

    boolean release(Leased<M> leased, Instant now) {
        boolean released = settle(leased, m -> unclaimed.get(m.id()));
        if (released) {
            claims.remove(leased.message().id());
        }
        return released;
    }

    @Override
    public Object snapshot() {
        return new State<>(new LinkedHashMap<>(messages), new LinkedHashMap<>(claims));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        State<M> state = (State<M>) snapshot;
        messages = new LinkedHashMap<>(state.messages());
        claims = new LinkedHashMap<>(state.claims());
    }
}
