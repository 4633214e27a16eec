package dev.chit.adapters.persistence.sql;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The writes of one transaction that nothing reads back before it commits, held until the next
 * statement or the commit and then sent as one: on PostgreSQL a statement of data-modifying
 * {@code WITH} queries, one round trip where a checkout made eight (order, lines, options,
 * history, event, its {@code NOTIFY}, the payment's settlement, the idempotent response).
 *
 * <p>All of one batch run on one snapshot and do not see each other's rows; that is why only
 * writes the transaction does not read back are held, and why any other statement of the
 * transaction sends them first. Foreign keys are checked at the end of the statement, so an
 * order's lines may be written beside the order. No two held writes may change the same row
 * (PostgreSQL would apply only one): they are inserts, and updates of rows no other write of
 * the transaction touches. Each write's count of rows reaches its check, which may fail the
 * transaction as the write itself would have.
 */
final class PendingWrites {

    /**
     * One write: a DML statement, or a {@code SELECT} run for its effect ({@code pg_notify}).
     *
     * @param check given the count of rows the write touched (or the select returned)
     */
    record Write(String name, String sql, Object[] params, boolean selects, LongConsumer check) {
    }

    // Far below PostgreSQL's 65,535 parameters a statement: a transaction that writes on and on
    // without reading (an import, say) sends its writes in batches of this size.
    private static final int MOST_WRITES = 64;
    private static final int MOST_PARAMETERS = 20_000;

    private final List<Write> held = new ArrayList<>();
    private int parameters;

    void hold(Write write) {
        held.add(write);
        parameters += write.params().length;
    }

    /** Whether the held writes make a statement as large as one should be. */
    boolean isFull() {
        return held.size() >= MOST_WRITES || parameters >= MOST_PARAMETERS;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /** Sends the held writes in {@code execute}, then checks each; none are held afterwards. */
    void send(DbExecute execute) {
        if (held.isEmpty()) {
            return;
        }
        List<Write> writes = List.copyOf(held);
        held.clear();
        parameters = 0;
        long[] counts = writes.size() == 1 ? new long[]{alone(execute, writes.getFirst())} : together(execute, writes);
        for (int index = 0; index < writes.size(); index++) {
            writes.get(index).check().accept(counts[index]);
        }
    }

    private static long alone(DbExecute execute, Write write) {
        if (!write.selects()) {
            return execute.createNamedDmlStatement(write.name(), write.sql()).params(write.params()).execute();
        }
        try (Stream<DbRow> rows = execute.createNamedQuery(write.name(), write.sql()).params(write.params()).execute()) {
            return rows.count();
        }
    }

    /** {@code WITH w0 AS (write RETURNING 1), w1 AS (...) SELECT (SELECT count(*) FROM w0) AS w0, ...}. */
    private static long[] together(DbExecute execute, List<Write> writes) {
        StringBuilder sql = new StringBuilder("WITH ");
        List<Object> params = new ArrayList<>();
        for (int index = 0; index < writes.size(); index++) {
            Write write = writes.get(index);
            sql.append(index == 0 ? "" : ", ").append('w').append(index).append(" AS (").append(write.sql())
                    .append(write.selects() ? "" : " RETURNING 1").append(')');
            params.addAll(Arrays.asList(write.params()));
        }
        sql.append(" SELECT ").append(IntStream.range(0, writes.size())
                .mapToObj(index -> "(SELECT count(*) FROM w" + index + ") AS w" + index)
                .collect(Collectors.joining(", ")));
        // Named for logs and metrics by the kinds of write it holds: "order-insert+order-lines-insert+...".
        String name = writes.stream().map(Write::name).distinct().collect(Collectors.joining("+"));
        DbRow counts = execute.createNamedGet(name, sql.toString()).params(params.toArray()).execute()
                .orElseThrow(() -> new IllegalStateException("the writes' counts did not come back"));
        return IntStream.range(0, writes.size())
                .mapToLong(index -> counts.column("w" + index).getLong())
                .toArray();
    }
}
