package dev.chit.adapters.persistence.outbox;

import dev.chit.adapters.persistence.queue.LeasedQueue;
import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.DeadLetters;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The emails in {@code outbox}; see {@code V7__outbox.sql} and {@code V13__guest_email_outbox.sql}.
 * Claimed, retried and given up on by the one {@link LeasedQueue}.
 */
public final class SqlOutbox implements Outbox {

    private final Statements sql;
    private final LeasedQueue queue;

    public SqlOutbox(Statements sql, boolean skipLocked) {
        this.sql = sql;
        this.queue = new LeasedQueue(sql, skipLocked, OutboxRows.QUEUE);
    }

    @Override
    public void enqueue(OutboxMessage message) {
        sql.write("outbox-insert", OutboxRows.INSERT, OutboxRows.insertParams(message));
    }

    @Override
    public List<Leased<OutboxMessage>> claimDue(Instant now, Duration lease, int limit) {
        return queue.claimDue(now, lease, limit, OutboxRows::message);
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
    /** The restaurant's emails given up on, newest first; see {@link LeasedQueue#deadPage}. */
    public List<DeadLetter> deadOf(RestaurantId restaurantId, Optional<DeadLetter.Cursor> after, int limit) {
        return queue.deadPage(OutboxRows.DEAD_COLUMNS, OutboxRows.ofRestaurant(restaurantId), after, limit).stream()
                .map(OutboxRows::deadLetter).toList();
    }

    /** Sends one of the restaurant's dead emails back to the queue; see {@link LeasedQueue#requeue}. */
    public DeadLetters.Requeued requeue(RestaurantId restaurantId, UUID id, Instant now) {
        return queue.requeue(OutboxRows.ofRestaurant(restaurantId), id, now);
    }

    @Override
    public List<OutboxMessage> dead(int limit) {
        return sql.query("outbox-dead-list", OutboxRows.DEAD_LIST, OutboxRows.GUEST_EMAIL, limit).stream()
                .map(OutboxRows::message).toList();
    }

    @Override
    public List<OutboxMessage> about(OrderId orderId) {
        return sql.query("outbox-about", OutboxRows.ABOUT, OutboxRows.GUEST_EMAIL, orderId.value()).stream()
                .map(OutboxRows::message).toList();
    }
}
