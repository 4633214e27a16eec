package dev.chit.application.reports;

import dev.chit.application.access.Caller;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.port.Reports;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportId;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A manager's report schedule, and the reports made from it: listed, and downloaded in each format. */
public final class ManageReports {

    private final Restaurants restaurants;
    private final Reports reports;
    private final Transactions transactions;
    private final Clock clock;

    public ManageReports(Restaurants restaurants, Reports reports, Transactions transactions, Clock clock) {
        this.restaurants = restaurants;
        this.reports = reports;
        this.transactions = transactions;
        this.clock = clock;
    }

    private void requireManager(Caller caller, RestaurantId restaurantId) {
        caller.requireManagerOf(restaurantId);
        if (restaurants.find(restaurantId).isEmpty()) {
            throw new NotFound("restaurant", restaurantId);
        }
    }

    public ReportSchedule schedule(Caller caller, RestaurantId restaurantId) {
        requireManager(caller, restaurantId);
        return reports.schedule(restaurantId).orElseGet(() -> ReportSchedule.none(restaurantId, clock.instant()));
    }

    /** Replaces the schedule; periods due from now on are made. @throws dev.chit.domain.error.InvalidInput naming the field */
    public ReportSchedule schedule(Caller caller, RestaurantId restaurantId, boolean daily, boolean weekly,
                                   Set<ReportFormat> formats, List<String> emailTo) {
        requireManager(caller, restaurantId);
        ReportSchedule schedule = new ReportSchedule(restaurantId, daily, weekly, formats, emailTo, clock.instant());
        transactions.inTransaction(() -> {
            reports.save(schedule);
            return null;
        });
        return schedule;
    }

    /** Newest first, without files. */
    public List<StoredReport> list(Caller caller, RestaurantId restaurantId, Optional<Reports.Cursor> after,
                                   int limit) {
        requireManager(caller, restaurantId);
        return reports.list(restaurantId, after, limit);
    }

    /** @throws NotFound unless the report is the restaurant's and was made in that format */
    public StoredReport download(Caller caller, RestaurantId restaurantId, ReportId reportId, ReportFormat format) {
        requireManager(caller, restaurantId);
        return reports.find(reportId)
                .filter(report -> report.restaurantId().equals(restaurantId))
                .filter(report -> report.file(format).isPresent())
                .orElseThrow(() -> new NotFound("report", reportId));
    }
}
