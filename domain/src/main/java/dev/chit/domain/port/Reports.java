package dev.chit.domain.port;

import dev.chit.domain.report.ReportId;
import dev.chit.domain.report.ReportKind;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The restaurants' report schedules and the reports made from them. */
public interface Reports {

    Optional<ReportSchedule> schedule(RestaurantId restaurantId);

    void save(ReportSchedule schedule);

    /** The schedules that want any report made. */
    List<ReportSchedule> active();

    /** Whether the restaurant's report of that kind starting on {@code from} exists. */
    boolean exists(RestaurantId restaurantId, ReportKind kind, LocalDate from);

    /**
     * Stores a report. At most one per restaurant, kind and first day, however many instances
     * try at once: the database's unique key decides.
     *
     * @throws dev.chit.domain.report.ReportAlreadyMade when that period's report exists already;
     *         the transaction is then to be rolled back
     */
    void add(StoredReport report);

    /** With its files. */
    Optional<StoredReport> find(ReportId id);

    /** The restaurant's reports, newest first, without their files; after the report made at {@code after}. */
    List<StoredReport> list(RestaurantId restaurantId, Optional<Cursor> after, int limit);

    /** Where a page of reports ends: its last report's time and id. */
    record Cursor(Instant createdAt, ReportId id) {
    }
}
