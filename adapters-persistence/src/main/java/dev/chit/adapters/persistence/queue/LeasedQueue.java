package dev.chit.adapters.persistence.queue;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.DeadLetter;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.delivery.Queued;
import dev.chit.domain.port.DeadLetters;
import io.helidon.dbclient.DbRow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static dev.chit.adapters.persistence.sql.Columns.intValue;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * The one claim-with-lease queue: a table with {@code id, status, attempts, next_attempt_at,
 * claim_id, last_error, sent_at, dead_at} (the outbox, webhook deliveries), optionally shared
 * by several kinds of message through a {@code kind} column.
 *
 * <p>Claiming selects the due rows, then claims each with a conditional update (still pending,
 * still due, still at the attempt count read). On PostgreSQL the select is
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers split the rows between them without
 * waiting; on H2, which lacks it, a claimer may pick a row another one is taking and then finds
 * the condition false, so it never gets a row twice, only sometimes fewer. An outcome changes
 * the row only while it is pending and the claim is still the reporter's.
 */
public final class LeasedQueue {

    /**
     * @param name      the table
     * @param columns   what a claimed row is read with (for the caller's mapper)
     * @param kind      the {@code kind} this queue takes, when the table holds several
     * @param delivered the status of a message that arrived
     */
    public record Table(String name, String columns, Optional<String> kind, String delivered) {

        public Table {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(delivered, "delivered");
        }
    }

    private static final String PENDING_AND_OURS = " WHERE id = ? AND claim_id = ? AND status = 'PENDING'";

    private final Statements sql;
    private final Table table;
    private final String due;
    private final String claim;
    private final String claimed;
    private final String delivered;
    private final String retry;
    private final String dead;
    private final String release;

    public LeasedQueue(Statements sql, boolean skipLocked, Table table) {
        this.sql = sql;
        this.table = table;
        String t = table.name();
        // PostgreSQL: rows another claimer holds are passed over, not waited for.
        this.due = "SELECT id, attempts FROM " + t + " WHERE " + table.kind().map(kind -> "kind = ? AND ").orElse("")
                + "status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"
                + (skipLocked ? " FOR UPDATE SKIP LOCKED" : "");
        // Conditional: a row another claimer took meanwhile is no longer due, and is left alone.
        this.claim = "UPDATE " + t + " SET attempts = attempts + 1, next_attempt_at = ?, claim_id = ?"
                + " WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ? AND attempts = ?";
        this.claimed = "SELECT " + table.columns() + " FROM " + t + " WHERE claim_id = ? ORDER BY next_attempt_at, id";
        this.delivered = "UPDATE " + t + " SET status = '" + table.delivered() + "', sent_at = ?, last_error = NULL"
                + PENDING_AND_OURS;
        this.retry = "UPDATE " + t + " SET next_attempt_at = ?, last_error = ?" + PENDING_AND_OURS;
        this.dead = "UPDATE " + t + " SET status = 'DEAD', dead_at = ?, last_error = ?" + PENDING_AND_OURS;
        this.release = "UPDATE " + t + " SET attempts = attempts - 1, next_attempt_at = ?, claim_id = NULL"
                + PENDING_AND_OURS;
    }

    /** Claims up to {@code limit} due rows until {@code now + lease}, each read with {@code message}. */
    public <M extends Queued> List<Leased<M>> claimDue(Instant now, Duration lease, int limit,
                                                      Function<DbRow, M> message) {
        return sql.inTransaction(() -> {
            UUID claimId = UUID.randomUUID();
            Instant until = now.plus(lease);
            List<Object> params = new ArrayList<>();
            table.kind().ifPresent(params::add);
            params.add(now);
            params.add(limit);
            for (var row : sql.query(table.name() + "-due", due, params)) {
                sql.update(table.name() + "-claim", claim, until, claimId, uuid(row, "id"), now,
                        intValue(row, "attempts"));
            }
            return sql.query(table.name() + "-claimed", claimed, claimId).stream()
                    .map(row -> new Leased<>(message.apply(row), claimId))
                    .toList();
        });
    }

    public boolean delivered(Leased<?> leased, Attempt attempt) {
        return sql.update(table.name() + "-delivered", delivered, attempt.at(), leased.message().id(),
                leased.claim()) == 1;
    }

    public boolean retryAt(Leased<?> leased, Attempt attempt, Instant nextAttemptAt) {
        return sql.update(table.name() + "-retry", retry, nextAttemptAt, attempt.error(),
                leased.message().id(), leased.claim()) == 1;
    }

    public boolean dead(Leased<?> leased, Attempt attempt) {
        return sql.update(table.name() + "-dead", dead, attempt.at(), attempt.error(),
                leased.message().id(), leased.claim()) == 1;
    }

    /** The claim given back untried: due at {@code now}, its attempt uncounted. */
    public boolean release(Leased<?> leased, Instant now) {
        return sql.update(table.name() + "-release", release, now, leased.message().id(), leased.claim()) == 1;
    }

    /**
     * The part of the table a caller may see: a condition on the table's columns (such as "of
     * this restaurant") and its parameters, joined to every query of {@link #deadPage} and
     * {@link #requeue}.
     */
    public record Scope(String condition, List<Object> params) {

        public Scope {
            Objects.requireNonNull(condition, "condition");
            params = List.copyOf(params);
        }
    }

    /** At most {@code limit} dead rows within {@code scope}, newest first, after {@code after}, read as given. */
    public List<DbRow> deadPage(String columns, Scope scope, Optional<DeadLetter.Cursor> after, int limit) {
        List<Object> params = new ArrayList<>();
        table.kind().ifPresent(params::add);
        params.addAll(scope.params());
        StringBuilder query = new StringBuilder("SELECT " + columns + ", dead_at FROM " + table.name() + " WHERE "
                + table.kind().map(kind -> "kind = ? AND ").orElse("") + "status = 'DEAD' AND (" + scope.condition()
                + ")");
        after.ifPresent(cursor -> {
            query.append(" AND (dead_at < ? OR (dead_at = ? AND id < ?))");
            params.addAll(List.of(cursor.deadAt(), cursor.deadAt(), cursor.id()));
        });
        query.append(" ORDER BY dead_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return sql.query(table.name() + "-dead-page", query.toString(), params);
    }

    /**
     * Sends a dead row within {@code scope} back to the queue: pending, due at {@code now}, no
     * attempts counted and its budget of attempts reckoned from {@code now} ({@code requeued_at}).
     */
    public DeadLetters.Requeued requeue(Scope scope, UUID id, Instant now) {
        return sql.inTransaction(() -> {
            List<Object> params = new ArrayList<>(List.of(now, now, id));
            table.kind().ifPresent(params::add);
            params.addAll(scope.params());
            String kind = table.kind().map(k -> " AND kind = ?").orElse("");
            long requeued = sql.update(table.name() + "-requeue", "UPDATE " + table.name()
                    + " SET status = 'PENDING', attempts = 0, next_attempt_at = ?, requeued_at = ?, claim_id = NULL,"
                    + " dead_at = NULL WHERE id = ? AND status = 'DEAD'" + kind + " AND (" + scope.condition() + ")",
                    params);
            if (requeued == 1) {
                return DeadLetters.Requeued.REQUEUED;
            }
            List<Object> find = new ArrayList<>(params.subList(2, params.size()));
            boolean there = !sql.query(table.name() + "-requeue-find", "SELECT id FROM " + table.name()
                    + " WHERE id = ?" + kind + " AND (" + scope.condition() + ")", find).isEmpty();
            return there ? DeadLetters.Requeued.NOT_DEAD : DeadLetters.Requeued.UNKNOWN;
        });
    }
}
