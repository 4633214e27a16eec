package dev.chit.application.reports;

import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.ReportMail;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.port.Reports;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.report.ReportAlreadyMade;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportId;
import dev.chit.domain.report.ReportKind;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.SalesSummary;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.Restaurant;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule's job: makes each due period's report once, stores it, and queues its email to
 * every address, in one transaction. A day is due at 04:00 local time the day after; a week
 * (Monday to Sunday) at 04:00 on the Monday after. Periods that fell due while no server ran
 * are made when one runs again, up to {@value #CATCH_UP_DAYS} days back, never those due before
 * the schedule was saved. Two instances that make the same period at once both compute it;
 * the reports table's unique key lets one commit, and the other rolls back with its emails.
 */
public final class MakeScheduledReports {

    public static final int CATCH_UP_DAYS = 7;
    static final LocalTime DUE_AT = LocalTime.of(4, 0);

    private static final Logger LOG = System.getLogger(MakeScheduledReports.class.getName());

    private final Reports reports;
    private final Restaurants restaurants;
    private final ShowSalesSummary summaries;
    private final Optional<Outbox> outbox;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** {@code outbox} empty when email is off: reports are still made and listed. */
    public MakeScheduledReports(Reports reports, Restaurants restaurants, ShowSalesSummary summaries,
                                Optional<Outbox> outbox, Transactions transactions, IdGenerator ids, Clock clock) {
        this.reports = reports;
        this.restaurants = restaurants;
        this.summaries = summaries;
        this.outbox = outbox;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Makes every due report not made yet; answers how many this run made. */
    public int makeDue() {
        Instant now = clock.instant();
        int made = 0;
        for (ReportSchedule schedule : transactions.inTransaction(reports::active)) {
            Optional<Restaurant> restaurant = transactions.inTransaction(() -> restaurants.find(schedule.restaurantId()));
            if (restaurant.isEmpty()) {
                continue;
            }
            for (Due due : due(schedule, restaurant.get().timezone(), now)) {
                if (make(schedule, restaurant.get(), due, now)) {
                    made++;
                }
            }
        }
        return made;
    }

    /** A period of a kind, due at an instant. */
    record Due(ReportKind kind, SummaryPeriod period, Instant dueAt) {
    }

    /** The periods the schedule wants that are due by {@code now}, within the catch-up window and after it was saved. */
    static List<Due> due(ReportSchedule schedule, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant window = now.minus(java.time.Duration.ofDays(CATCH_UP_DAYS));
        List<Due> due = new ArrayList<>();
        for (int back = CATCH_UP_DAYS + 1; back >= 1; back--) {
            LocalDate lastDay = today.minusDays(back);
            Instant dueAt = lastDay.plusDays(1).atTime(DUE_AT).atZone(zone).toInstant();
            if (dueAt.isAfter(now) || dueAt.isBefore(window) || dueAt.isBefore(schedule.activeSince())) {
                continue;
            }
            for (ReportKind kind : ReportKind.values()) {
                if (schedule.wants(kind) && kind.endsOn(lastDay)) {
                    due.add(new Due(kind, kind.endingOn(lastDay), dueAt));
                }
            }
        }
        return due;
    }

    private boolean make(ReportSchedule schedule, Restaurant restaurant, Due due, Instant now) {
        if (transactions.inTransaction(() -> reports.exists(restaurant.id(), due.kind(), due.period().from()))) {
            return false;
        }
        SalesSummary summary = summaries.summary(restaurant, due.period());
        Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : schedule.formats()) {
            files.put(format, summaries.print(summary, format));
        }
        StoredReport report = new StoredReport(new ReportId(ids.next()), restaurant.id(), due.kind(), due.period(),
                now, files);
        try {
            transactions.inTransaction(() -> {
                reports.add(report);
                outbox.ifPresent(queue -> schedule.emailTo().forEach(to -> queue.enqueue(OutboxMessage.pending(
                        ids.next(), new ReportMail(report.id(), restaurant.id(), to), now))));
                return null;
            });
        } catch (ReportAlreadyMade madeElsewhere) {
            LOG.log(Level.DEBUG, "event=report-made-elsewhere restaurantId={0} kind={1} from={2}",
                    restaurant.id(), due.kind(), due.period().from());
            return false;
        }
        LOG.log(Level.INFO, "event=report-made reportId={0} restaurantId={1} kind={2} from={3} to={4} emails={5}",
                report.id(), restaurant.id(), due.kind(), due.period().from(), due.period().to(),
                outbox.isPresent() ? schedule.emailTo().size() : 0);
        return true;
    }
}
