package dev.chit.domain.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods the schedule makes reports of: a local day, or a week from Monday to Sunday. */
public enum ReportKind {
    DAILY,
    WEEKLY;

    /** The period of this kind that ends on {@code lastDay}, when one does. */
    public boolean endsOn(LocalDate lastDay) {
        return this == DAILY || lastDay.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The period of this kind that ends on {@code lastDay} (a Sunday for a week). */
    public SummaryPeriod endingOn(LocalDate lastDay) {
        return this == DAILY ? SummaryPeriod.day(lastDay)
                : new SummaryPeriod(lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), lastDay);
    }
}
