package dev.chit.adapters.persistence.reports;

import dev.chit.adapters.persistence.sql.Statements;
import dev.chit.domain.port.Reports;
import dev.chit.domain.report.ReportAlreadyMade;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportId;
import dev.chit.domain.report.ReportKind;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.report.StoredReport;
import dev.chit.domain.report.SummaryPeriod;
import dev.chit.domain.restaurant.RestaurantId;
import io.helidon.dbclient.DbRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.chit.adapters.persistence.sql.Columns.bool;
import static dev.chit.adapters.persistence.sql.Columns.enumValue;
import static dev.chit.adapters.persistence.sql.Columns.instant;
import static dev.chit.adapters.persistence.sql.Columns.optionalBytes;
import static dev.chit.adapters.persistence.sql.Columns.text;
import static dev.chit.adapters.persistence.sql.Columns.uuid;

/**
 * Report schedules and reports in {@code report_schedules}, {@code reports} and
 * {@code report_files}; see {@code V41__reports.sql}. The unique key of {@code reports}
 * (restaurant, kind, first day) is what makes a period's report once across instances.
 */
public final class SqlReports implements Reports {

    // Both PostgreSQL and H2 report a unique key violated with this SQLSTATE.
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String SCHEDULE_COLUMNS = "restaurant_id, daily, weekly, formats, email_to, active_since";
    private static final String SCHEDULE = "SELECT " + SCHEDULE_COLUMNS + " FROM report_schedules WHERE restaurant_id = ?";
    private static final String ACTIVE = "SELECT " + SCHEDULE_COLUMNS
            + " FROM report_schedules WHERE daily = TRUE OR weekly = TRUE ORDER BY restaurant_id";
    private static final String UPDATE_SCHEDULE = """
            UPDATE report_schedules SET daily = ?, weekly = ?, formats = ?, email_to = ?, active_since = ?
            WHERE restaurant_id = ?""";
    private static final String INSERT_SCHEDULE = "INSERT INTO report_schedules (" + SCHEDULE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?)";

    private static final String REPORT_COLUMNS = "id, restaurant_id, kind, period_from, period_to, created_at";
    private static final String INSERT_REPORT = "INSERT INTO reports (" + REPORT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FILE = "INSERT INTO report_files (report_id, format, content) VALUES (?, ?, ?)";
    private static final String EXISTS = """
            SELECT id FROM reports WHERE restaurant_id = ? AND kind = ? AND period_from = ?""";
    private static final String BY_ID = "SELECT " + REPORT_COLUMNS + " FROM reports WHERE id = ?";
    private static final String FILES = "SELECT format, content FROM report_files WHERE report_id = ?";
    private static final String FORMATS_OF = "SELECT report_id, format FROM report_files WHERE report_id IN (%s)";
    private static final String NEWEST = "SELECT " + REPORT_COLUMNS + " FROM reports WHERE restaurant_id = ?";
    private static final String AFTER = " AND (created_at < ? OR (created_at = ? AND id < ?))";
    private static final String NEWEST_ORDER = " ORDER BY created_at DESC, id DESC LIMIT ?";

    private final Statements sql;

    public SqlReports(Statements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ReportSchedule> schedule(RestaurantId restaurantId) {
        return sql.get("report-schedule", SCHEDULE, restaurantId.value()).map(SqlReports::schedule);
    }

    @Override
    public void save(ReportSchedule s) {
        String formats = s.formats().stream().map(ReportFormat::extension).sorted().collect(Collectors.joining(","));
        String emailTo = String.join("\n", s.emailTo());
        sql.inTransaction(() -> {
            if (sql.update("report-schedule-update", UPDATE_SCHEDULE, s.daily(), s.weekly(), formats, emailTo,
                    s.activeSince(), s.restaurantId().value()) == 0) {
                sql.update("report-schedule-insert", INSERT_SCHEDULE, s.restaurantId().value(), s.daily(), s.weekly(),
                        formats, emailTo, s.activeSince());
            }
        });
    }

    @Override
    public List<ReportSchedule> active() {
        return sql.query("report-schedules-active", ACTIVE).stream().map(SqlReports::schedule).toList();
    }

    @Override
    public boolean exists(RestaurantId restaurantId, ReportKind kind, LocalDate from) {
        return sql.get("report-exists", EXISTS, restaurantId.value(), kind, from).isPresent();
    }

    @Override
    public void add(StoredReport report) {
        try {
            sql.update("report-insert", INSERT_REPORT, report.id().value(), report.restaurantId().value(),
                    report.kind(), report.period().from(), report.period().to(), report.createdAt());
        } catch (RuntimeException failed) {
            if (uniqueViolation(failed)) {
                throw new ReportAlreadyMade(report.kind(), report.period());
            }
            throw failed;
        }
        for (ReportFormat format : report.formats()) {
            sql.update("report-file-insert", INSERT_FILE, report.id().value(), format.extension(),
                    report.file(format).orElseThrow());
        }
    }

    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException e && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<StoredReport> find(ReportId id) {
        return sql.inTransaction(() -> sql.get("report", BY_ID, id.value()).map(row -> {
            Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
            for (DbRow file : sql.query("report-files", FILES, id.value())) {
                files.put(format(text(file, "format")), optionalBytes(file, "content").orElseThrow());
            }
            return report(row, files);
        }));
    }

    @Override
    public List<StoredReport> list(RestaurantId restaurantId, Optional<Cursor> after, int limit) {
        List<Object> params = new ArrayList<>(List.of(restaurantId.value()));
        String statement = NEWEST;
        if (after.isPresent()) {
            statement += AFTER;
            params.addAll(List.of(after.get().createdAt(), after.get().createdAt(), after.get().id().value()));
        }
        params.add(limit);
        String page = statement + NEWEST_ORDER;
        return sql.inTransaction(() -> {
            List<DbRow> rows = sql.query("reports-newest", page, params);
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<java.util.UUID, Map<ReportFormat, byte[]>> formats = new java.util.HashMap<>();
            List<Object> ids = rows.stream().map(row -> (Object) uuid(row, "id")).toList();
            for (DbRow file : sql.query("report-formats", FORMATS_OF.formatted(Statements.placeholders(ids.size())),
                    ids)) {
                // A list names the formats only; an empty placeholder stands for each file.
                formats.computeIfAbsent(uuid(file, "report_id"), id -> new EnumMap<>(ReportFormat.class))
                        .put(format(text(file, "format")), new byte[0]);
            }
            return rows.stream().map(row -> report(row, formats.getOrDefault(uuid(row, "id"), Map.of()))).toList();
        });
    }

    private static ReportSchedule schedule(DbRow row) {
        Set<ReportFormat> formats = Arrays.stream(text(row, "formats").split(",")).filter(f -> !f.isBlank())
                .map(SqlReports::format).collect(Collectors.toSet());
        List<String> emailTo = Arrays.stream(text(row, "email_to").split("\n")).filter(a -> !a.isBlank()).toList();
        return new ReportSchedule(new RestaurantId(uuid(row, "restaurant_id")), bool(row, "daily"),
                bool(row, "weekly"), formats, emailTo, instant(row, "active_since"));
    }

    private static StoredReport report(DbRow row, Map<ReportFormat, byte[]> files) {
        return new StoredReport(new ReportId(uuid(row, "id")), new RestaurantId(uuid(row, "restaurant_id")),
                enumValue(row, "kind", ReportKind.class), new SummaryPeriod(date(row, "period_from"),
                date(row, "period_to")), instant(row, "created_at"), files);
    }

    private static ReportFormat format(String extension) {
        return ReportFormat.of(extension).orElseThrow(() -> new IllegalStateException("unknown format " + extension));
    }

    // A DATE comes back as java.sql.Date from one driver and LocalDate from another.
    private static LocalDate date(DbRow row, String column) {
        Object value = row.column(column).get();
        return switch (value) {
            case LocalDate day -> day;
            case java.sql.Date day -> day.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
