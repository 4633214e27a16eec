package dev.chit.adapters.persistence.sql;

import dev.chit.domain.port.Transactions;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transaction boundary over Helidon's DbClient. DbClient is blocking in Helidon 4 and each
 * request runs on its own (virtual) thread, so the open transaction is kept per thread: every
 * repository call the work makes on this thread runs in it. A nested call joins the
 * transaction already open; a repository called outside any transaction runs its statement
 * on its own, in autocommit.
 *
 * <p>On PostgreSQL the writes of a transaction that nothing reads back are held and sent as one
 * statement with its next other statement or at its commit ({@link PendingWrites}).
 *
 * <p>Whatever the work throws rolls everything back and reaches the caller unchanged, so
 * domain exceptions keep their type and message; only a database that was away (at a
 * statement, at the begin or at the commit) becomes {@link dev.chit.domain.port.DatabaseUnavailable}.
 */
public final class SqlTransactions implements Transactions {

    private static final System.Logger LOG = System.getLogger(SqlTransactions.class.getName());

    private final DbClient client;
    private final PooledConnections connections;
    private final boolean holdsWrites;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();

    /**
     * @param connections the pool {@code client} takes its connections from
     * @param holdsWrites whether a transaction's writes that nothing reads back are held and sent
     *                    as one statement ({@link PendingWrites}; PostgreSQL), or each sent at once (H2,
     *                    whose {@code WITH} takes no data-modifying queries)
     */
    public SqlTransactions(DbClient client, PooledConnections connections, boolean holdsWrites) {
        this.client = Objects.requireNonNull(client, "client");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.holdsWrites = holdsWrites;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        UnitOfWork unit = new UnitOfWork(client);
        current.set(unit);
        try {
            T result;
            try {
                result = work.get();
                unit.beforeCommit();
                unit.sendHeldWrites();
            } catch (Throwable failure) {
                unit.rollback();
                throw failure;
            }
            unit.commit();
            unit.committed();
            return result;
        } catch (RuntimeException failed) {
            throw SqlFailures.unavailableOr(failed);
        } finally {
            current.remove();
        }
    }

    /**
     * Runs {@code work} in a transaction of its own whose every read sees one state of the
     * database: {@code begin} (the dialect's "repeatable read, read only") runs first, and
     * {@code end}, when the dialect keeps the level past the transaction (H2), puts the
     * connection back as it was before it returns to the pool. The snapshot holds its
     * connection for the thread, so {@link #cursor} reads in it with plain JDBC.
     */
    public <T> T inSnapshot(String begin, Optional<String> end, Supplier<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("a snapshot cannot join an open transaction");
        }
        try {
            return connections.holding(connection -> inTransaction(() -> {
                execute().createNamedDmlStatement("snapshot-begin", begin).execute();
                try {
                    return work.get();
                } finally {
                    end.ifPresent(reset -> resetQuietly(reset));
                }
            }));
        } catch (RuntimeException failed) {
            // No connection for the snapshot at all is the database away, as for any statement.
            throw SqlFailures.unavailableOr(failed);
        }
    }

    /** Whether this thread is in {@link #inSnapshot}'s work. */
    boolean holdsSnapshot() {
        return connections.held().isPresent();
    }

    /** Opens a cursor in the thread's snapshot; see {@link RowCursor}. */
    RowCursor cursor(String name, String sql, List<?> params, int fetchSize) {
        var connection = connections.held()
                .orElseThrow(() -> new IllegalStateException("a cursor reads inside a snapshot"));
        return RowCursor.open(connection, name, sql, params, fetchSize);
    }

    private void resetQuietly(String reset) {
        try {
            execute().createNamedDmlStatement("snapshot-end", reset).execute();
        } catch (RuntimeException closed) {
            // A failed statement closed the connection already; the pool does not reuse it.
            LOG.log(Level.DEBUG, "Snapshot reset did not run: {0}", closed.getMessage());
        }
    }

    /**
     * Runs {@code action} once the thread's open transaction has committed (never if it rolls
     * back); outside a transaction, at once, since what was written is committed already.
     */
    void afterCommit(Runnable action) {
        UnitOfWork unit = current.get();
        if (unit == null) {
            action.run();
        } else {
            unit.afterCommit.add(action);
        }
    }

    /**
     * Where the next statement runs: the thread's open transaction, or autocommit. The writes the
     * transaction holds are sent first, so that the statement sees them.
     */
    DbExecute execute() {
        UnitOfWork unit = current.get();
        if (unit == null) {
            return client.execute();
        }
        unit.sendHeldWrites();
        return unit.transaction();
    }

    /** Where a statement that reads nothing the held writes change runs: they stay held. */
    DbExecute executeBesideHeldWrites() {
        UnitOfWork unit = current.get();
        return unit == null ? client.execute() : unit.transaction();
    }

    /**
     * Runs {@code action} when the thread's open transaction's work is done, before its held writes
     * are sent and it commits (at once outside one); what it throws rolls the transaction back.
     */
    void beforeCommit(Runnable action) {
        UnitOfWork unit = current.get();
        if (unit == null) {
            action.run();
        } else {
            unit.beforeCommit.add(action);
        }
    }

    /**
     * What the thread's open transaction keeps under {@code key}, made by {@code initial} on first
     * asking; empty outside a transaction.
     */
    <T> Optional<T> transactionLocal(Object key, Supplier<T> initial) {
        UnitOfWork unit = current.get();
        if (unit == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T kept = (T) unit.locals.computeIfAbsent(key, absent -> initial.get());
        return Optional.of(kept);
    }

    /**
     * A write the open transaction sends with its next statement or its commit, when writes are
     * held; else (or outside a transaction) at once. Either way {@code write}'s check sees its count.
     */
    void write(PendingWrites.Write write) {
        UnitOfWork unit = current.get();
        if (unit != null && holdsWrites) {
            unit.held.hold(write);
            if (unit.held.isFull()) {
                unit.sendHeldWrites();
            }
            return;
        }
        var pending = new PendingWrites();
        pending.hold(write);
        pending.send(execute());
    }

    /**
     * One transaction, begun at its first statement: work that fails before touching the
     * database (a closed restaurant, an invalid cart) costs no connection at all.
     */
    private static final class UnitOfWork {

        private final DbClient client;
        private final List<Runnable> afterCommit = new ArrayList<>();
        private final List<Runnable> beforeCommit = new ArrayList<>();
        private final Map<Object, Object> locals = new HashMap<>();
        private final PendingWrites held = new PendingWrites();
        private DbTransaction transaction;

        UnitOfWork(DbClient client) {
            this.client = client;
        }

        DbTransaction transaction() {
            if (transaction == null) {
                transaction = client.transaction();
            }
            return transaction;
        }

        void beforeCommit() {
            // By index: an action may register another, which must run as well.
            for (int index = 0; index < beforeCommit.size(); index++) {
                beforeCommit.get(index).run();
            }
        }

        void sendHeldWrites() {
            if (!held.isEmpty()) {
                held.send(transaction());
            }
        }

        void commit() {
            if (transaction != null) {
                transaction.commit();
            }
        }

        // What follows a commit must not undo it: a failing action is logged, the others still run.
        void committed() {
            for (Runnable action : afterCommit) {
                try {
                    action.run();
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "event=after-commit-failed error=\"{0}\"", failed.getMessage());
                }
            }
        }

        void rollback() {
            if (transaction == null) {
                return;
            }
            try {
                transaction.rollback();
            } catch (RuntimeException rollbackFailed) {
                // Helidon closes the connection when a statement of the transaction fails, and
                // the pool rolls a closed connection back; a broken connection is rolled back by
                // the server. Either way nothing was committed: the caller needs the cause.
                LOG.log(Level.DEBUG, "Rollback after a failure did not run: {0}", rollbackFailed.getMessage());
            }
        }
    }
}
