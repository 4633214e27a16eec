package dev.chit.adapters.persistence.orders;

import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class RoutedSalesRecordsTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final List<String> reads = new ArrayList<>();
    private final AtomicInteger lagChecks = new AtomicInteger();

    @Test
    void aStandbyWithinTheLimit_servesTheReads() {
        assertThat(routed(Optional.of(Duration.ofSeconds(10))).readsStandby()).isTrue();
        assertThat(routed(Optional.of(Duration.ZERO)).readsStandby()).isTrue();
    }

    @Test
    void aStandbyOverTheLimit_orOfUnknownLag_leavesTheReadsOnThePrimary() {
        assertThat(routed(Optional.of(Duration.ofMillis(10_001))).readsStandby()).isFalse();
        assertThat(routed(Optional.empty()).readsStandby()).isFalse();
    }

    @Test
    void aSnapshot_choosesOnce_andEveryReadInItGoesToTheSameServer() {
        RoutedSalesRecords records = routed(Optional.of(Duration.ofSeconds(1)));

        records.inSnapshot(() -> {
            records.export(null, order -> { });
            records.summarize(null, null);
            return null;
        });
        records.export(null, order -> { });

        assertThat(reads).containsExactly("standby:snapshot", "standby:export", "standby:summary", "standby:export");
        assertThat(lagChecks).as("once for the snapshot, once for the export outside it").hasValue(2);
    }

    @Test
    void theLagDecision_isInclusiveOfTheLimit() {
        assertThat(StandbyLag.fresh(Optional.of(LIMIT), LIMIT)).isTrue();
        assertThat(StandbyLag.fresh(Optional.of(LIMIT.plusMillis(1)), LIMIT)).isFalse();
        assertThat(StandbyLag.fresh(Optional.empty(), LIMIT)).isFalse();
    }

    private RoutedSalesRecords routed(Optional<Duration> lag) {
        return new RoutedSalesRecords(new Recorded("primary"), new Recorded("standby"), () -> {
            lagChecks.incrementAndGet();
            return lag;
        }, LIMIT);
    }

    private final class Recorded implements SalesRecords {

        private final String server;

        Recorded(String server) {
            this.server = server;
        }

        @Override
        public <T> T inSnapshot(Supplier<T> reading) {
            reads.add(server + ":snapshot");
            return reading.get();
        }

        @Override
        public void export(OrderQuery query, Consumer<Order> each) {
            reads.add(server + ":export");
        }

        @Override
        public SalesSummary summarize(Restaurant restaurant, SummaryPeriod period) {
            reads.add(server + ":summary");
            return null;
        }
    }
}
