package dev.chit.adapters.persistence.restaurants;

import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.OpeningPeriod;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Opening hours in one column, readable in a SQL console: {@code "MONDAY 11:30-14:00,MONDAY
 * 18:00-23:00"}. NULL is "always open" and the empty string "never open", the same
 * distinction {@link dev.chit.domain.restaurant.RestaurantSettings#openingHours()} makes. A
 * column rather than a child table because the hours are only ever read and written whole,
 * with the rest of the settings.
 */
final class OpeningHoursText {

    private OpeningHoursText() {
    }

    static Optional<String> write(Optional<OpeningHours> hours) {
        return hours.map(h -> h.periods().stream()
                .map(period -> period.day() + " " + period.open() + "-" + period.close())
                .collect(Collectors.joining(",")));
    }

    static Optional<OpeningHours> read(Optional<String> text) {
        return text.map(OpeningHoursText::parse);
    }

    private static OpeningHours parse(String text) {
        List<OpeningPeriod> periods = new ArrayList<>();
        for (String period : text.split(",")) {
            String trimmed = period.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] dayAndTimes = trimmed.split(" ");
            String[] times = dayAndTimes[1].split("-");
            periods.add(OpeningPeriod.of(DayOfWeek.valueOf(dayAndTimes[0]), times[0], times[1]));
        }
        return new OpeningHours(periods);
    }
}
