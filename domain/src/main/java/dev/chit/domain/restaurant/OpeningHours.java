package dev.chit.domain.restaurant;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The weekly opening hours of a restaurant, in its own time zone. Several periods per day are
 * allowed (lunch and dinner). A restaurant without opening hours is always open; that is
 * modelled as {@code Optional.empty()} on {@link RestaurantSettings}, not as an empty list,
 * which means "never open".
 */
public record OpeningHours(List<OpeningPeriod> periods) {

    public OpeningHours {
        periods = List.copyOf(periods);
    }

    public boolean isOpenAt(ZonedDateTime localTime) {
        int minute = localTime.getHour() * 60 + localTime.getMinute();
        return periods.stream().anyMatch(period -> period.covers(localTime.getDayOfWeek(), minute));
    }
}
