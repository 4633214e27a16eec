package dev.chit.domain.report;

import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report the schedule made, kept in the database so that any instance can serve it: one per
 * restaurant, kind and period, with its files (the summary laid out in each format).
 */
public record StoredReport(ReportId id, RestaurantId restaurantId, ReportKind kind, SummaryPeriod period,
                           Instant createdAt, Map<ReportFormat, byte[]> files) {

    public StoredReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(createdAt, "createdAt");
        files = Map.copyOf(files);
    }

    public Set<ReportFormat> formats() {
        return files.isEmpty() ? Set.of() : new EnumMap<>(files).keySet();
    }

    public Optional<byte[]> file(ReportFormat format) {
        return Optional.ofNullable(files.get(format)).map(bytes -> Arrays.copyOf(bytes, bytes.length));
    }

    /** The same report without its files (for lists). */
    public StoredReport withoutFiles() {
        return new StoredReport(id, restaurantId, kind, period, createdAt, Map.of());
    }

    /** {@code report-<kind>-<from>[-<to>].<ext>}. */
    public String fileName(ReportFormat format) {
        String range = period.from().equals(period.to()) ? period.from().toString()
                : period.from() + "-" + period.to();
        return "report-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + range + "." + format.extension();
    }
}
