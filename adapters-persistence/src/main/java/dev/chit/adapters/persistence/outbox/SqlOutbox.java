package dev.chit.adapters.persistence.outbox;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Claimed;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.Outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * The guest's emails in {@code outbox}; see {@code V7__outbox.sql} and {@code V13__guest_email_outbox.sql}.
 *
 * <p>Claiming selects the due rows, then claims each with a conditional update (still pending,
 * still due, still at the attempt count read). On PostgreSQL the select is
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers split the rows between them without
 * waiting; on H2, which lacks it, a claimer may pick a row another one is taking and then
 * finds the condition false, so it never gets a row twice, only sometimes fewer.
 */
public final class SqlOutbox implements Outbox {

    private final Statements sql;
    private final boolean skipLocked;

    public SqlOutbox(Statements sql, boolean skipLocked) {
        this.sql = sql;
        this.skipLocked = skipLocked;
    }

    @Override
    public void enqueue(OutboxMessage message) {
        sql.update("outbox-insert", OutboxRows.INSERT, OutboxRows.insertParams(message));
    }

    @Override
    public List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        return sql.inTransaction(() -> {
            UUID claim = UUID.randomUUID();
            Instant until = now.plus(lease);
            var due = sql.query("outbox-due", skipLocked ? OutboxRows.DUE_SKIP_LOCKED : OutboxRows.DUE_PLAIN,
                    OutboxRows.GUEST_EMAIL, now, limit);
            for (var row : due) {
                UUID id = uuid(row, "id");
                var attempts = sql.get("outbox-attempts", OutboxRows.ATTEMPTS, id).map(r -> intValue(r, "attempts"));
                if (attempts.isPresent()) {
                    sql.update("outbox-claim", OutboxRows.CLAIM, until, claim, id, now, attempts.get());
                }
            }
            return sql.query("outbox-claimed", OutboxRows.CLAIMED, claim).stream()
                    .map(row -> new Claimed(OutboxRows.message(row), claim))
                    .toList();
        });
    }

    @Override
    public boolean sent(Claimed claimed, Instant at) {
        return sql.update("outbox-sent", OutboxRows.SENT, at, claimed.message().id(), claimed.claim()) == 1;
    }

    @Override
    public boolean retryAt(Claimed claimed, Instant nextAttemptAt, String error) {
        return sql.update("outbox-retry", OutboxRows.RETRY, nextAttemptAt, OutboxMessage.bounded(error),
                claimed.message().id(), claimed.claim()) == 1;
    }

    @Override
    public boolean dead(Claimed claimed, Instant at, String error) {
        return sql.update("outbox-dead", OutboxRows.DEAD, at, OutboxMessage.bounded(error),
                claimed.message().id(), claimed.claim()) == 1;
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
