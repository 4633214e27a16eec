package dev.chit.adapters.persistence.orders;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The orders read in bulk for exports and reports. A snapshot is a read-only repeatable-read
 * transaction: on PostgreSQL {@code SET TRANSACTION} as its first statement; on H2, which has
 * no read-only transactions and keeps an isolation level past the transaction, repeatable
 * read for the work and read committed again before the connection goes back to the pool.
 */
public final class SqlSalesRecords implements SalesRecords {

    private static final String POSTGRES_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    private static final String H2_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
    private static final String H2_AFTER_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";

    private final Statements sql;
    private final boolean postgres;
    private final OrderStream stream;
    private final SalesSums sums;

    public SqlSalesRecords(Statements sql, boolean postgres) {
        this.sql = sql;
        this.postgres = postgres;
        this.stream = new OrderStream(sql);
        this.sums = new SalesSums(sql, postgres);
    }

    @Override
    public <T> T inSnapshot(Supplier<T> reading) {
        return postgres
                ? sql.inSnapshot(POSTGRES_SNAPSHOT, Optional.empty(), reading)
                : sql.inSnapshot(H2_SNAPSHOT, Optional.of(H2_AFTER_SNAPSHOT), reading);
    }

    // The stream's cursors read in a snapshot: the caller's, or one of the export's own.
    @Override
    public void export(OrderQuery query, Consumer<Order> each) {
        if (sql.holdsSnapshot()) {
            stream.each(query, each);
        } else {
            inSnapshot(() -> {
                stream.each(query, each);
                return null;
            });
        }
    }

    @Override
    public SalesSummary summarize(Restaurant restaurant, SummaryPeriod period) {
        return sql.inTransaction(() -> sums.of(restaurant, period));
    }
}
