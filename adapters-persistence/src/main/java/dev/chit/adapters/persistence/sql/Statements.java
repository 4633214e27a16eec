package dev.chit.adapters.persistence.sql;

import io.helidon.dbclient.DbRow;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the repositories' statements in the thread's current transaction, if any. Each
 * statement has a name (for Helidon's tracing and metrics, and for reading logs) and its SQL
 * comes from a constant beside the mapper that reads its rows. Parameters are positional
 * ({@code ?}) and converted by {@link SqlValues}. A statement that fails because the database
 * is away reaches the repositories' callers as {@link dev.chit.domain.port.DatabaseUnavailable}.
 */
public final class Statements {

    private final SqlTransactions transactions;

    public Statements(SqlTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public Optional<DbRow> get(String name, String sql, Object... params) {
        return reaching(() -> transactions.execute().createNamedGet(name, sql).params(SqlValues.all(params)).execute());
    }

    public List<DbRow> query(String name, String sql, Object... params) {
        return query(name, sql, Arrays.asList(params));
    }

    /** For statements built at run time, whose parameters are collected in a list. */
    public List<DbRow> query(String name, String sql, List<?> params) {
        Object[] bound = SqlValues.all(params.toArray());
        return reaching(() -> {
            try (Stream<DbRow> rows = transactions.execute().createNamedQuery(name, sql).params(bound).execute()) {
                return rows.toList();
            }
        });
    }

    /** Runs {@code work} in one read-only repeatable-read transaction; see {@link SqlTransactions#inSnapshot}. */
    public <T> T inSnapshot(String begin, Optional<String> end, Supplier<T> work) {
        return transactions.inSnapshot(begin, end, work);
    }

    /** Whether this thread is in {@link #inSnapshot}'s work, where {@link #cursor} reads. */
    public boolean holdsSnapshot() {
        return transactions.holdsSnapshot();
    }

    /**
     * Opens a cursor over {@code sql} in the thread's snapshot, reading {@code fetchSize} rows
     * at a time; the caller closes it.
     *
     * @throws IllegalStateException outside {@link #inSnapshot}'s work
     */
    public RowCursor cursor(String name, String sql, List<?> params, int fetchSize) {
        return transactions.cursor(name, sql, params, fetchSize);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it touched. */
    public long update(String name, String sql, Object... params) {
        return update(name, sql, Arrays.asList(params));
    }

    public long update(String name, String sql, List<?> params) {
        Object[] bound = SqlValues.all(params.toArray());
        return reaching(() -> transactions.execute().createNamedDmlStatement(name, sql).params(bound).execute());
    }

    /**
     * An INSERT, or an UPDATE of a row no other write of the transaction touches, that nothing in
     * the transaction reads back: held and sent with the transaction's next statement or its
     * commit, as one (see {@link PendingWrites}). {@code check} is given the count of rows it
     * touched then, and may throw to fail the transaction.
     */
    public void write(String name, String sql, List<?> params, LongConsumer check) {
        hold(new PendingWrites.Write(name, sql, SqlValues.all(params.toArray()), false, check));
    }

    public void write(String name, String sql, List<?> params) {
        write(name, sql, params, count -> { });
    }

    public void write(String name, String sql, Object... params) {
        write(name, sql, Arrays.asList(params));
    }

    /**
     * A read of tables no held write of the transaction changes: it runs without sending them
     * first, so that they may still go together at the commit.
     */
    public List<DbRow> queryBesideHeldWrites(String name, String sql, Object... params) {
        Object[] bound = SqlValues.all(params);
        return reaching(() -> {
            try (Stream<DbRow> rows = transactions.executeBesideHeldWrites().createNamedQuery(name, sql).params(bound)
                    .execute()) {
                return rows.toList();
            }
        });
    }

    /** Runs {@code action} when the open transaction's work is done, before it commits; see {@link SqlTransactions}. */
    public void beforeCommit(Runnable action) {
        transactions.beforeCommit(action);
    }

    /** What the open transaction keeps under {@code key} (made by {@code initial}); empty outside one. */
    public <T> Optional<T> transactionLocal(Object key, Supplier<T> initial) {
        return transactions.transactionLocal(key, initial);
    }

    /** A SELECT run for its effect ({@code pg_notify}), held like a {@link #write}. */
    public void selectForEffect(String name, String sql, Object... params) {
        hold(new PendingWrites.Write(name, sql, SqlValues.all(params), true, count -> { }));
    }

    private void hold(PendingWrites.Write write) {
        reaching(() -> {
            transactions.write(write);
            return null;
        });
    }

    private static <T> T reaching(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (RuntimeException failed) {
            throw SqlFailures.unavailableOr(failed);
        }
    }

    /** Runs {@code work} in the current transaction, or in a new one when none is open. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    public void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code action} after the open transaction commits (at once outside one); see {@link SqlTransactions}. */
    public void afterCommit(Runnable action) {
        transactions.afterCommit(action);
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} values. */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
