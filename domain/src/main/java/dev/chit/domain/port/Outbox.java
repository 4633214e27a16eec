package dev.chit.domain.port;

import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Claimed;
import dev.chit.domain.order.OrderId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The guest's messages, written in the transaction of the change they tell of (so a message
 * exists exactly when its change does) and sent after it committed. Sending is at least once:
 * a message is claimed for a lease; a sender that dies mid-way lets the lease run out, and the
 * message is claimed again.
 */
public interface Outbox {

    /** Adds a new message; call inside the transaction of the change. */
    void enqueue(OutboxMessage message);

    /**
     * Claims up to {@code limit} messages due at {@code now}, oldest first, until
     * {@code now + lease}; each claim counts as an attempt. Two claimers never get the same
     * message while its lease runs. Commits on its own when called outside a transaction.
     */
    List<Claimed> claimDue(Instant now, Duration lease, int limit);

    /** @return whether it was still this claim's (and pending) */
    boolean sent(Claimed claimed, Instant at);

    /** Sending failed; due again at {@code nextAttemptAt}. */
    boolean retryAt(Claimed claimed, Instant nextAttemptAt, String error);

    /** Given up on: it stays, for a manager to see, and is never sent. */
    boolean dead(Claimed claimed, Instant at, String error);

    /** The messages given up on, newest first. */
    List<OutboxMessage> dead(int limit);

    /** The messages about one order, in the order they were written. */
    List<OutboxMessage> about(OrderId orderId);
}
