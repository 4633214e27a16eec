package dev.chit.adapters.persistence.orders;

import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sales records read from a standby while it is close enough behind the primary, else from the
 * primary: exports, summaries and reports need not load the server that takes the orders. The
 * choice is made once per snapshot, so an export reads one consistent state of one server.
 */
public final class RoutedSalesRecords implements SalesRecords {

    private static final System.Logger LOG = System.getLogger(RoutedSalesRecords.class.getName());

    private final SalesRecords primary;
    private final SalesRecords standby;
    private final Supplier<Optional<Duration>> lag;
    private final Duration maxLag;
    private final ThreadLocal<SalesRecords> chosen = new ThreadLocal<>();

    /** @param lag how far behind the standby is now ({@link StandbyLag#now}); empty when it cannot say */
    public RoutedSalesRecords(SalesRecords primary, SalesRecords standby, Supplier<Optional<Duration>> lag,
                              Duration maxLag) {
        this.primary = primary;
        this.standby = standby;
        this.lag = lag;
        this.maxLag = maxLag;
    }

    @Override
    public <T> T inSnapshot(Supplier<T> reading) {
        if (chosen.get() != null) {
            return chosen.get().inSnapshot(reading);
        }
        SalesRecords records = choose();
        chosen.set(records);
        try {
            return records.inSnapshot(reading);
        } finally {
            chosen.remove();
        }
    }

    @Override
    public void export(OrderQuery query, Consumer<Order> each) {
        Optional.ofNullable(chosen.get()).orElseGet(this::choose).export(query, each);
    }

    @Override
    public SalesSummary summarize(Restaurant restaurant, SummaryPeriod period) {
        return Optional.ofNullable(chosen.get()).orElseGet(this::choose).summarize(restaurant, period);
    }

    /** Whether the next reading outside a snapshot would go to the standby; for tests. */
    boolean readsStandby() {
        return choose() == standby;
    }

    private SalesRecords choose() {
        Optional<Duration> behind = lag.get();
        if (StandbyLag.fresh(behind, maxLag)) {
            return standby;
        }
        LOG.log(Level.INFO, "event=standby-skipped lag={0} maxLag={1}",
                behind.map(Duration::toString).orElse("unknown"), maxLag);
        return primary;
    }
}
