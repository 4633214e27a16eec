package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of opening on one weekday, in the restaurant's local time, as minutes after
 * midnight. {@code close} may be 1440 ("24:00"). A period whose close is not after its open
 * runs past midnight into the next day (a bar open 18:00 to 02:00).
 */
public record OpeningPeriod(DayOfWeek day, int openMinute, int closeMinute) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public OpeningPeriod {
        Objects.requireNonNull(day, "day");
        if (openMinute < 0 || openMinute >= MINUTES_PER_DAY) {
            throw new InvalidInput("openingHours.open", "out-of-range", "open must be between 00:00 and 23:59");
        }
        if (closeMinute < 0 || closeMinute > MINUTES_PER_DAY) {
            throw new InvalidInput("openingHours.close", "out-of-range", "close must be between 00:00 and 24:00");
        }
    }

    /** Parses "HH:MM" times; "24:00" is allowed for close only. */
    public static OpeningPeriod of(DayOfWeek day, String open, String close) {
        return new OpeningPeriod(day, minuteOfDay(open, "openingHours.open"), minuteOfDay(close, "openingHours.close"));
    }

    public boolean runsPastMidnight() {
        return closeMinute <= openMinute;
    }

    /** Whether the given local day and minute of day fall inside this period. */
    boolean covers(DayOfWeek localDay, int minuteOfDay) {
        if (!runsPastMidnight()) {
            return localDay == day && minuteOfDay >= openMinute && minuteOfDay < closeMinute;
        }
        return (localDay == day && minuteOfDay >= openMinute)
                || (localDay == day.plus(1) && minuteOfDay < closeMinute);
    }

    public String open() {
        return format(openMinute);
    }

    public String close() {
        return format(closeMinute);
    }

    private static String format(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    private static int minuteOfDay(String text, String field) {
        if (text == null || !text.matches("\\d{2}:\\d{2}")) {
            throw new InvalidInput(field, "invalid-time", "times are written HH:MM");
        }
        int hours = Integer.parseInt(text, 0, 2, 10);
        int minutes = Integer.parseInt(text, 3, 5, 10);
        if (hours == 24 && minutes == 0) {
            return MINUTES_PER_DAY;
        }
        if (hours > 23 || minutes > 59) {
            throw new InvalidInput(field, "invalid-time", "times are written HH:MM");
        }
        return LocalTime.of(hours, minutes).toSecondOfDay() / 60;
    }
}
