package dev.chit.adapters.web.reports;

import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.StoredReport;

import java.time.Instant;
import java.util.List;

/** A made report as the list shows it: {@code {"id","kind","from","to","createdAt","formats"}}. */
record StoredReportJson(String id, String kind, String from, String to, Instant createdAt, List<String> formats) {

    static StoredReportJson of(StoredReport report) {
        return new StoredReportJson(report.id().toString(), report.kind().name(), report.period().from().toString(),
                report.period().to().toString(), report.createdAt(),
                report.formats().stream().map(ReportFormat::extension).sorted().toList());
    }

    record Page(List<StoredReportJson> items, String nextCursor) {
    }
}
