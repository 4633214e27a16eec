package dev.chit.domain.port;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.delivery.Queued;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A queue of messages sent at least once after the transaction that wrote them committed.
 * A message is claimed for a lease; a sender that dies mid-way lets the lease run out, and the
 * message is claimed again under the same id. A report only counts while the claim is still
 * the reporter's and the message pending.
 */
public interface DeliveryQueue<M extends Queued> {

    /**
     * Claims up to {@code limit} messages due at {@code now}, oldest first, until
     * {@code now + lease}; each claim counts as an attempt. Two claimers never get the same
     * message while its lease runs. Commits on its own when called outside a transaction.
     */
    List<Leased<M>> claimDue(Instant now, Duration lease, int limit);

    /** It arrived. @return whether it was still this claim's (and pending) */
    boolean delivered(Leased<M> leased, Attempt attempt);

    /** The attempt failed; due again at {@code nextAttemptAt}. */
    boolean retryAt(Leased<M> leased, Attempt attempt, Instant nextAttemptAt);

    /** The attempt failed and the message is given up on: kept, for a person to see, never sent again. */
    boolean dead(Leased<M> leased, Attempt attempt);

    /**
     * Gives a claimed message back untried (its server is stopping): due again at {@code now},
     * for another server to claim at once, and the claim not counted as an attempt.
     *
     * @return whether it was still this claim's (and pending)
     */
    boolean release(Leased<M> leased, Instant now);
}
