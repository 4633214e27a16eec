package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.testing.RestaurantBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTest {

    // A week in 2026 whose days are easy to read: Monday the 2nd of March to Sunday the 8th.
    private static final LocalDateTime MONDAY_MIDNIGHT = LocalDateTime.parse("2026-03-02T00:00");

    /** The instant at {@code day} {@code time} in {@code zone}, in the week above. */
    private static Instant at(DayOfWeek day, String time, String zone) {
        LocalDateTime local = MONDAY_MIDNIGHT.plusDays(day.getValue() - 1L)
                .with(java.time.LocalTime.parse(time));
        assertThat(local.getDayOfWeek()).isEqualTo(day);
        return local.atZone(ZoneId.of(zone)).toInstant();
    }

    private static Instant utc(DayOfWeek day, String time) {
        return at(day, time, "UTC");
    }

    private static Restaurant openOnly(OpeningPeriod... periods) {
        return RestaurantBuilder.aRestaurant().openingHours(periods).build();
    }

    @Nested
    class OnePeriod {

        private final Restaurant restaurant = openOnly(OpeningPeriod.of(MONDAY, "09:00", "17:00"));

        @Test
        void isOpen_fromTheOpeningMinute() {
            assertThat(restaurant.isOpenAt(utc(MONDAY, "09:00"))).isTrue();
            assertThat(restaurant.isOpenAt(utc(MONDAY, "08:59"))).isFalse();
        }

        @Test
        void isOpen_untilJustBeforeTheClosingMinute() {
            assertThat(restaurant.isOpenAt(utc(MONDAY, "16:59"))).isTrue();
            assertThat(restaurant.isOpenAt(utc(MONDAY, "17:00"))).isFalse();
        }

        @Test
        void isClosed_onOtherDaysAtTheSameTime() {
            assertThat(restaurant.isOpenAt(utc(TUESDAY, "12:00"))).isFalse();
            assertThat(restaurant.isOpenAt(utc(SUNDAY, "12:00"))).isFalse();
        }
    }

    @Test
    void severalPeriodsOnOneDay_openForEachAndClosedBetween() {
        Restaurant restaurant = openOnly(
                OpeningPeriod.of(MONDAY, "11:30", "14:00"),
                OpeningPeriod.of(MONDAY, "18:00", "22:00"));

        assertThat(restaurant.isOpenAt(utc(MONDAY, "12:00"))).isTrue();
        assertThat(restaurant.isOpenAt(utc(MONDAY, "15:00"))).isFalse();
        assertThat(restaurant.isOpenAt(utc(MONDAY, "19:30"))).isTrue();
        assertThat(restaurant.isOpenAt(utc(MONDAY, "22:00"))).isFalse();
    }

    @Test
    void closingAt2400_staysOpenThroughTheLastMinuteOfTheDay() {
        Restaurant restaurant = openOnly(OpeningPeriod.of(FRIDAY, "18:00", "24:00"));

        assertThat(restaurant.isOpenAt(utc(FRIDAY, "23:59"))).isTrue();
        assertThat(restaurant.isOpenAt(utc(SATURDAY, "00:00"))).isFalse();
        assertThat(restaurant.isOpenAt(utc(FRIDAY, "17:59"))).isFalse();
    }

    @Test
    void aWholeDay_from0000To2400() {
        Restaurant restaurant = openOnly(OpeningPeriod.of(TUESDAY, "00:00", "24:00"));

        assertThat(restaurant.isOpenAt(utc(TUESDAY, "00:00"))).isTrue();
        assertThat(restaurant.isOpenAt(utc(TUESDAY, "23:59"))).isTrue();
        assertThat(restaurant.isOpenAt(utc(MONDAY, "23:59"))).isFalse();
    }

    @Nested
    class OvernightPeriods {

        @Test
        void aPeriodPastMidnight_isOpenLateAndEarlyNextMorning() {
            Restaurant bar = openOnly(OpeningPeriod.of(FRIDAY, "18:00", "02:00"));

            assertThat(bar.isOpenAt(utc(FRIDAY, "23:00"))).isTrue();
            assertThat(bar.isOpenAt(utc(SATURDAY, "00:00"))).isTrue();
            assertThat(bar.isOpenAt(utc(SATURDAY, "01:59"))).isTrue();
            assertThat(bar.isOpenAt(utc(SATURDAY, "02:00"))).isFalse();
            assertThat(bar.isOpenAt(utc(FRIDAY, "17:59"))).isFalse();
        }

        @Test
        void aPeriodPastMidnight_doesNotOpenTheEarlyMorningOfItsOwnDay() {
            Restaurant bar = openOnly(OpeningPeriod.of(FRIDAY, "18:00", "02:00"));

            assertThat(bar.isOpenAt(utc(FRIDAY, "01:00"))).isFalse();
        }

        @Test
        void sundayNight_runsIntoMondayMorning() {
            Restaurant bar = openOnly(OpeningPeriod.of(SUNDAY, "20:00", "03:00"));

            assertThat(bar.isOpenAt(utc(SUNDAY, "23:30"))).isTrue();
            assertThat(bar.isOpenAt(utc(MONDAY, "02:59"))).isTrue();
            assertThat(bar.isOpenAt(utc(MONDAY, "03:00"))).isFalse();
            assertThat(bar.isOpenAt(utc(SUNDAY, "02:00"))).isFalse();
        }

        @Test
        void closingAtMidnight_meansUntilTheEndOfTheDay() {
            Restaurant restaurant = openOnly(OpeningPeriod.of(FRIDAY, "18:00", "00:00"));

            assertThat(restaurant.isOpenAt(utc(FRIDAY, "23:59"))).isTrue();
            assertThat(restaurant.isOpenAt(utc(SATURDAY, "00:00"))).isFalse();
        }

        @Test
        void runsPastMidnight_whenCloseIsNotAfterOpen() {
            assertThat(OpeningPeriod.of(FRIDAY, "18:00", "02:00").runsPastMidnight()).isTrue();
            assertThat(OpeningPeriod.of(FRIDAY, "18:00", "24:00").runsPastMidnight()).isFalse();
            assertThat(OpeningPeriod.of(FRIDAY, "09:00", "17:00").runsPastMidnight()).isFalse();
        }
    }

    @Test
    void withoutOpeningHours_aRestaurantIsAlwaysOpen() {
        Restaurant restaurant = RestaurantBuilder.aRestaurant().build();

        assertThat(restaurant.settings().openingHours()).isEmpty();
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(restaurant.isOpenAt(utc(day, "03:17"))).as("%s", day).isTrue();
        }
    }

    @Test
    void anEmptyListOfPeriods_isNeverOpen() {
        OpeningHours none = new OpeningHours(List.of());
        Restaurant restaurant = RestaurantBuilder.aRestaurant().build()
                .withSettings(withHours(RestaurantBuilder.aRestaurant().settings(), none));

        assertThat(restaurant.isOpenAt(utc(MONDAY, "12:00"))).isFalse();
    }

    @Nested
    class TimeZones {

        @Test
        void hoursAreReadInTheRestaurantsZone() {
            Restaurant tokyo = RestaurantBuilder.aRestaurant().inZone("Asia/Tokyo")
                    .openingHours(OpeningPeriod.of(MONDAY, "09:00", "17:00")).build();

            // 09:00 Monday in Tokyo is 00:00 Monday UTC; 08:30 Tokyo is still Sunday in UTC.
            assertThat(tokyo.isOpenAt(Instant.parse("2026-03-02T00:00:00Z"))).isTrue();
            assertThat(tokyo.isOpenAt(Instant.parse("2026-03-01T23:30:00Z"))).isFalse();
            // 12:00 UTC Monday is 21:00 in Tokyo: closed although it is noon in UTC.
            assertThat(tokyo.isOpenAt(Instant.parse("2026-03-02T12:00:00Z"))).isFalse();
        }

        @Test
        void hoursFollowDaylightSavingTime() {
            Restaurant newYork = RestaurantBuilder.aRestaurant().inZone("America/New_York")
                    .openingHours(OpeningPeriod.of(MONDAY, "09:00", "17:00")).build();

            // Winter (EST, UTC-5): 09:00 local is 14:00 UTC.
            assertThat(newYork.isOpenAt(Instant.parse("2026-01-05T13:59:00Z"))).isFalse();
            assertThat(newYork.isOpenAt(Instant.parse("2026-01-05T14:00:00Z"))).isTrue();
            // Summer (EDT, UTC-4): 09:00 local is 13:00 UTC.
            assertThat(newYork.isOpenAt(Instant.parse("2026-07-06T13:00:00Z"))).isTrue();
            assertThat(newYork.isOpenAt(Instant.parse("2026-07-06T21:00:00Z"))).isFalse();
            assertThat(newYork.isOpenAt(at(MONDAY, "16:59", "America/New_York"))).isTrue();
        }

        @Test
        void anOvernightPeriod_crossesMidnightInLocalTime() {
            Restaurant tokyo = RestaurantBuilder.aRestaurant().inZone("Asia/Tokyo")
                    .openingHours(OpeningPeriod.of(SUNDAY, "22:00", "02:00")).build();

            // Monday 01:00 in Tokyo is Sunday 16:00 UTC.
            assertThat(tokyo.isOpenAt(Instant.parse("2026-03-08T16:00:00Z"))).isTrue();
            // Monday 02:00 in Tokyo is Sunday 17:00 UTC.
            assertThat(tokyo.isOpenAt(Instant.parse("2026-03-08T17:00:00Z"))).isFalse();
        }
    }

    @Nested
    class Parsing {

        @Test
        void parsesHoursAndMinutes_andWritesThemBack() {
            OpeningPeriod period = OpeningPeriod.of(MONDAY, "07:05", "24:00");

            assertThat(period.openMinute()).isEqualTo(7 * 60 + 5);
            assertThat(period.closeMinute()).isEqualTo(24 * 60);
            assertThat(period.open()).isEqualTo("07:05");
            assertThat(period.close()).isEqualTo("24:00");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "9:00", "09:0", "0900", "ab:cd", "25:00", "12:60", "24:00", "24:01", "-1:00", " 09:00"})
        void aBadOpeningTime_isInvalidInputNamingOpen(String open) {
            assertThatThrownBy(() -> OpeningPeriod.of(MONDAY, open, "17:00"))
                    .isInstanceOfSatisfying(InvalidInput.class, e ->
                            assertThat(e.violations()).singleElement()
                                    .satisfies(v -> assertThat(v.field()).isEqualTo("openingHours.open")));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "5pm", "17:0", "25:00", "23:60", "24:01", "24:30", "99:99"})
        void aBadClosingTime_isInvalidInputNamingClose(String close) {
            assertThatThrownBy(() -> OpeningPeriod.of(MONDAY, "09:00", close))
                    .isInstanceOfSatisfying(InvalidInput.class, e ->
                            assertThat(e.violations()).singleElement()
                                    .satisfies(v -> assertThat(v.field()).isEqualTo("openingHours.close")));
        }

        @ParameterizedTest
        @CsvSource({"-1, 60, openingHours.open", "1440, 1500, openingHours.open", "60, 1441, openingHours.close",
                "60, -5, openingHours.close"})
        void minutesOutOfTheDay_areInvalidInputNamingTheField(int open, int close, String field) {
            assertThatThrownBy(() -> new OpeningPeriod(MONDAY, open, close))
                    .isInstanceOfSatisfying(InvalidInput.class, e ->
                            assertThat(e.violations().getFirst().field()).isEqualTo(field));
        }
    }

    private static RestaurantSettings withHours(RestaurantSettings s, OpeningHours hours) {
        return new RestaurantSettings(s.acceptingOrders(), s.defaultPrepMinutes(), s.acceptTimeoutMinutes(),
                Optional.of(hours), s.taxRateBasisPoints(), s.minOrder(), s.deliveryFee(), s.serviceFeeBasisPoints(),
                s.autoAccept(), s.pausedUntil(), s.busyExtraMinutes(), s.busyUntil(), s.capacityPerSlot(),
                s.autoPauseAfterMissed());
    }
}
