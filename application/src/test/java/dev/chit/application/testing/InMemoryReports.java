package dev.chit.application.testing;

import dev.chit.domain.port.Reports;
import dev.chit.domain.report.ReportAlreadyMade;
import dev.chit.domain.report.ReportId;
import dev.chit.domain.report.ReportKind;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report schedules and reports as the port describes them, in memory, taking part in transactions. */
public final class InMemoryReports implements Reports, Snapshotting {

    private Map<RestaurantId, ReportSchedule> schedules = new LinkedHashMap<>();
    private List<StoredReport> reports = new ArrayList<>();

    private record State(Map<RestaurantId, ReportSchedule> schedules, List<StoredReport> reports) {
    }

    @Override
    public Optional<ReportSchedule> schedule(RestaurantId restaurantId) {
        return Optional.ofNullable(schedules.get(restaurantId));
    }

    @Override
    public void save(ReportSchedule schedule) {
        schedules.put(schedule.restaurantId(), schedule);
    }

    @Override
    public List<ReportSchedule> active() {
        return schedules.values().stream().filter(s -> s.daily() || s.weekly()).toList();
    }

    @Override
    public boolean exists(RestaurantId restaurantId, ReportKind kind, LocalDate from) {
        return reports.stream().anyMatch(r -> r.restaurantId().equals(restaurantId) && r.kind() == kind
                && r.period().from().equals(from));
    }

    @Override
    public void add(StoredReport report) {
        if (exists(report.restaurantId(), report.kind(), report.period().from())) {
            throw new ReportAlreadyMade(report.kind(), report.period());
        }
        reports.add(report);
    }

    @Override
    public Optional<StoredReport> find(ReportId id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<StoredReport> list(RestaurantId restaurantId, Optional<Cursor> after, int limit) {
        return reports.stream().filter(r -> r.restaurantId().equals(restaurantId))
                .sorted(Comparator.comparing(StoredReport::createdAt).thenComparing(r -> r.id().value()).reversed())
                .filter(r -> after.isEmpty() || r.createdAt().isBefore(after.get().createdAt())
                        || (r.createdAt().equals(after.get().createdAt())
                        && r.id().value().compareTo(after.get().id().value()) < 0))
                .limit(limit).map(StoredReport::withoutFiles).toList();
    }

    public List<StoredReport> all() {
        return List.copyOf(reports);
    }

    @Override
    public Object snapshot() {
        return new State(new LinkedHashMap<>(schedules), new ArrayList<>(reports));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        schedules = new LinkedHashMap<>(state.schedules());
        reports = new ArrayList<>(state.reports());
    }
}
