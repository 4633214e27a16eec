package dev.chit.application.reports;

import dev.chit.application.testing.InMemoryOutbox;
import dev.chit.application.testing.InMemoryReports;
import dev.chit.application.testing.InMemoryRestaurants;
import dev.chit.application.testing.InMemoryTransactions;
import dev.chit.application.testing.SettableClock;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.domain.notification.ReportMail;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.OrderQuery;
import dev.chit.domain.port.SalesRecords;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportKind;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;

/** When the schedule's reports fall due, catching up after a downtime, and who gets them. */
class MakeScheduledReportsTest {

    private static final String ZONE = "Asia/Tokyo";

    private final Restaurant restaurant = aRestaurant().inZone(ZONE).build();
    private final SettableClock clock = new SettableClock(local("2026-11-23T10:00"));
    private final InMemoryRestaurants restaurants = new InMemoryRestaurants();
    private final InMemoryReports reports = new InMemoryReports();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryTransactions transactions = new InMemoryTransactions(reports, outbox);
    private final List<SummaryPeriod> summarized = new ArrayList<>();

    /** Sums nothing from nowhere: this test is about periods, not figures. */
    private final SalesRecords records = new SalesRecords() {
        @Override
        public <T> T inSnapshot(Supplier<T> reading) {
            return reading.get();
        }

        @Override
        public void export(OrderQuery query, Consumer<Order> each) {
        }

        @Override
        public SalesSummary summarize(Restaurant of, SummaryPeriod period) {
            summarized.add(period);
            return new SalesSummary(of.name(), period, of.timezone(), of.currency(), Map.of(),
                    SalesSummary.Totals.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0,
                    Optional.empty(), 0, 0, List.of());
        }
    };
    private final ReportPrinter printer = new ReportPrinter() {
        @Override
        public OrderSheet sheet(SheetFormat format, ExportRange range, OutputStream out) {
            throw new UnsupportedOperationException("not for reports");
        }

        @Override
        public byte[] summary(SalesSummary summary, ReportFormat format) {
            return (format + " " + summary.period()).getBytes(StandardCharsets.UTF_8);
        }
    };
    private final MakeScheduledReports job = new MakeScheduledReports(reports, restaurants,
            new ShowSalesSummary(restaurants, records, printer), Optional.of(outbox), transactions,
            new TimeOrderedIds(clock), clock);

    MakeScheduledReportsTest() {
        restaurants.add(restaurant);
    }

    private static Instant local(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), java.time.ZoneId.of(ZONE)).toInstant();
    }

    private void schedule(boolean daily, boolean weekly, Instant since, String... emailTo) {
        reports.save(new ReportSchedule(restaurant.id(), daily, weekly, Set.of(ReportFormat.PDF, ReportFormat.CSV),
                List.of(emailTo), since));
    }

    private List<String> made() {
        return reports.all().stream().map(r -> r.kind() + " " + r.period().from() + ".." + r.period().to()).toList();
    }

    @Test
    void yesterdaysReport_isMadeAfterFourInTheMorning_localTime_once() {
        schedule(true, false, local("2026-11-20T12:00"), "boss@example.com");
        clock.set(local("2026-11-24T03:59"));
        job.makeDue();
        int beforeFour = reports.all().size();

        clock.set(local("2026-11-24T04:00"));
        job.makeDue();
        job.makeDue();

        assertThat(made().subList(beforeFour, made().size())).containsExactly("DAILY 2026-11-23..2026-11-23");
        assertThat(made()).doesNotHaveDuplicates();
        StoredReport report = reports.all().getLast();
        assertThat(reports.find(report.id()).orElseThrow().file(ReportFormat.PDF)).isPresent();
    }

    @Test
    void theWeeksReport_isMadeOnMonday_forMondayToSunday() {
        schedule(false, true, local("2026-11-20T12:00"));
        clock.set(local("2026-11-30T04:30")); // a Monday

        job.makeDue();

        assertThat(made()).containsExactly("WEEKLY 2026-11-23..2026-11-29");
        assertThat(LocalDate.parse("2026-11-29").getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    }

    @Test
    void afterADowntime_theMissedPeriodsAreMade_upToSevenDaysBack_eachEmailedToEveryAddress() {
        schedule(true, true, local("2026-10-01T00:00"), "boss@example.com", "books@example.com");
        clock.set(local("2026-12-02T09:00")); // nothing ran since long before

        job.makeDue();

        assertThat(made()).containsExactly(
                "DAILY 2026-11-25..2026-11-25", "DAILY 2026-11-26..2026-11-26", "DAILY 2026-11-27..2026-11-27",
                "DAILY 2026-11-28..2026-11-28", "DAILY 2026-11-29..2026-11-29", "WEEKLY 2026-11-23..2026-11-29",
                "DAILY 2026-11-30..2026-11-30", "DAILY 2026-12-01..2026-12-01");
        assertThat(outbox.all()).hasSize(2 * 8).allSatisfy(message ->
                assertThat(message.notice()).isInstanceOf(ReportMail.class));
        assertThat(outbox.all()).extracting(message -> ((ReportMail) message.notice()).to())
                .containsOnly("boss@example.com", "books@example.com");
    }

    @Test
    void periodsDueBeforeTheScheduleWasSaved_areNotMade() {
        schedule(true, true, local("2026-11-30T10:00"));
        clock.set(local("2026-11-30T23:00"));

        job.makeDue();
        assertThat(made()).as("the Monday's reports fell due at 04:00, before it was saved").isEmpty();

        clock.set(local("2026-12-01T04:05"));
        job.makeDue();
        assertThat(made()).containsExactly("DAILY 2026-11-30..2026-11-30");
    }

    @Test
    void aScheduleWithNothingOn_makesNothing() {
        schedule(false, false, local("2026-10-01T00:00"), "boss@example.com");
        clock.set(local("2026-12-02T09:00"));

        assertThat(job.makeDue()).isZero();
        assertThat(summarized).isEmpty();
    }
}
