package dev.chit.domain.report;

import dev.chit.domain.error.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Local days in the restaurant's time zone, {@code from} to {@code to} inclusive, at most
 * {@value #MAX_DAYS} of them: the orders placed from the first day's midnight to the midnight
 * after the last.
 */
public record SummaryPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public SummaryPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "out-of-range", "to must be on or after from");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new InvalidInput("to", "out-of-range", "a summary covers at most " + MAX_DAYS + " days");
        }
    }

    public static SummaryPeriod day(LocalDate day) {
        return new SummaryPeriod(day, day);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public long days() {
        return days(from, to);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
