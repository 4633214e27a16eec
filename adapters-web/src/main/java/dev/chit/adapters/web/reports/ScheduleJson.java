package dev.chit.adapters.web.reports;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportSchedule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code {"daily","weekly","formats","emailTo"}}, read and written. PUT replaces the schedule:
 * what is left out is off ({@code daily}, {@code weekly}), both formats, or nobody.
 */
record ScheduleJson(Boolean daily, Boolean weekly, List<String> formats, List<String> emailTo) {

    static ScheduleJson of(ReportSchedule schedule) {
        return new ScheduleJson(schedule.daily(), schedule.weekly(),
                schedule.formats().stream().map(ReportFormat::extension).sorted().toList(), schedule.emailTo());
    }

    boolean isDaily() {
        return Boolean.TRUE.equals(daily);
    }

    boolean isWeekly() {
        return Boolean.TRUE.equals(weekly);
    }

    /** @throws InvalidInput naming {@code formats[i]} for a format that is not pdf or csv */
    Set<ReportFormat> reportFormats() {
        if (formats == null) {
            return EnumSet.allOf(ReportFormat.class);
        }
        Set<ReportFormat> known = EnumSet.noneOf(ReportFormat.class);
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            int index = i;
            ReportFormat.of(String.valueOf(formats.get(i))).ifPresentOrElse(known::add, () -> unknown.add(
                    new Violation("formats[" + index + "]", "invalid-value", "formats are pdf and csv")));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return known;
    }

    List<String> recipients() {
        return emailTo == null ? List.of() : emailTo.stream().map(address -> address == null ? "" : address.strip())
                .toList();
    }
}
