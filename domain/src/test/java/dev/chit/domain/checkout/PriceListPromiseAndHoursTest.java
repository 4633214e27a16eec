package dev.chit.domain.checkout;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;

import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static dev.chit.domain.testing.SampleMenu.SODA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Whether the restaurant takes the cart at all, and when the food is promised. */
class PriceListPromiseAndHoursTest {

    // A Monday at noon, UTC.
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static Quote quote(Restaurant restaurant, Cart cart) {
        return new PriceList(restaurant, SampleMenu.menu()).quote(cart, NOW);
    }

    private static Cart asap() {
        return aCart().with(SODA, 1).build();
    }

    @Test
    void aSwitchedOffRestaurant_isClosed() {
        assertThatThrownBy(() -> quote(aRestaurant().switchedOff().build(), asap()))
                .isInstanceOf(RestaurantClosed.class);
    }

    @Test
    void aPausedRestaurant_isClosedUntilThePauseLifts() {
        assertThatThrownBy(() -> quote(aRestaurant().pausedUntil(NOW.plusSeconds(60)).build(), asap()))
                .isInstanceOf(RestaurantClosed.class);
        assertThat(quote(aRestaurant().pausedUntil(NOW).build(), asap()).total().minorUnits()).isEqualTo(300);
    }

    @Test
    void aRestaurantOutsideItsHours_isClosed() {
        Restaurant evenings = aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "23:00")).build();

        assertThatThrownBy(() -> quote(evenings, asap())).isInstanceOf(RestaurantClosed.class);
    }

    @Test
    void aScheduledOrder_isCheckedAgainstTheHoursAtTheScheduledTime() {
        Restaurant evenings = aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "23:00")).build();
        Instant tonight = Instant.parse("2026-03-02T19:00:00Z");
        Instant tomorrowNoon = Instant.parse("2026-03-03T12:00:00Z");

        Quote forTonight = quote(evenings, aCart().with(SODA, 1).scheduledFor(tonight).build());

        assertThat(forTonight.estimatedReadyAt()).isEqualTo(tonight);
        assertThatThrownBy(() -> quote(evenings, aCart().with(SODA, 1).scheduledFor(tomorrowNoon).build()))
                .isInstanceOf(RestaurantClosed.class);
    }

    @Test
    void anOpenRestaurant_isClosedForATimeOutsideItsHours() {
        Restaurant lunch = aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "11:00", "15:00")).build();

        assertThatThrownBy(() -> quote(lunch, aCart().with(SODA, 1).scheduledFor(NOW.plus(Duration.ofHours(4))).build()))
                .isInstanceOf(RestaurantClosed.class);
    }

    @Test
    void aScheduleInThePast_atAClosedHour_isAFieldErrorOnScheduledFor_notClosed() {
        Restaurant evenings = aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "23:00")).build();
        Instant thisMorning = Instant.parse("2026-03-02T09:00:00Z");

        assertThatThrownBy(() -> quote(evenings, aCart().with(SODA, 1).scheduledFor(thisMorning).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(tuple("scheduledFor", "in-the-past")));
    }

    @Test
    void aScheduleBeyondTheWeek_atAClosedHour_isAFieldErrorOnScheduledFor_notClosed() {
        Restaurant evenings = aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "23:00")).build();
        Instant noonInEightDays = NOW.plus(Duration.ofDays(8));

        assertThatThrownBy(() -> quote(evenings, aCart().with(SODA, 1).scheduledFor(noonInEightDays).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(tuple("scheduledFor", "too-far-ahead")));
    }

    @Test
    void aScheduleOutOfRange_isReportedWithTheCartsOtherMistakes() {
        Restaurant paused = aRestaurant().pausedUntil(NOW.plus(Duration.ofHours(1))).build();

        assertThatThrownBy(() -> quote(paused, aCart().with(SODA, 0).tip(-1).scheduledFor(NOW.minusSeconds(1)).build()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(
                                tuple("scheduledFor", "in-the-past"), tuple("tip", "negative"),
                                tuple("lines[0].quantity", "out-of-range")));
    }

    @Test
    void aScheduleInRange_atAClosedHour_isStillClosed_beforeTheCartIsChecked() {
        Restaurant evenings = aRestaurant().openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "23:00")).build();
        Instant tomorrowNoon = Instant.parse("2026-03-03T12:00:00Z");

        assertThatThrownBy(() -> quote(evenings, aCart().with(SODA, 0).scheduledFor(tomorrowNoon).build()))
                .isInstanceOf(RestaurantClosed.class);
    }

    @Test
    void theHoursAreReadInTheRestaurantsZone() {
        // Noon UTC on Monday is 21:00 in Tokyo.
        Restaurant tokyoDinner = aRestaurant().inZone("Asia/Tokyo")
                .openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "22:00")).build();
        Restaurant tokyoLunch = aRestaurant().inZone("Asia/Tokyo")
                .openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "11:00", "14:00")).build();

        assertThat(quote(tokyoDinner, asap()).subtotal().minorUnits()).isEqualTo(300);
        assertThatThrownBy(() -> quote(tokyoLunch, asap())).isInstanceOf(RestaurantClosed.class);
    }

    @Test
    void theAsapPromise_isNowPlusTheDefaultPrepTime() {
        Quote quote = quote(aRestaurant().defaultPrepMinutes(25).build(), asap());

        assertThat(quote.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(25)));
    }

    @Test
    void busyMode_addsItsExtraMinutesWhileItLasts() {
        Restaurant busy = aRestaurant().defaultPrepMinutes(20).busy(15, NOW.plus(Duration.ofHours(1))).build();
        Restaurant wasBusy = aRestaurant().defaultPrepMinutes(20).busy(15, NOW).build();

        assertThat(quote(busy, asap()).estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(35)));
        assertThat(quote(wasBusy, asap()).estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void aScheduledTimeLaterThanThePrepTime_isThePromise() {
        Instant inTwoHours = NOW.plus(Duration.ofHours(2));

        Quote quote = quote(aRestaurant().defaultPrepMinutes(20).build(), aCart().with(SODA, 1).scheduledFor(inTwoHours).build());

        assertThat(quote.estimatedReadyAt()).isEqualTo(inTwoHours);
    }

    @Test
    void aScheduledTimeSoonerThanTheKitchenCanCook_isPromisedWhenTheKitchenCan() {
        Instant inTenMinutes = NOW.plus(Duration.ofMinutes(10));

        Quote quote = quote(aRestaurant().defaultPrepMinutes(20).busy(5, NOW.plusSeconds(3600)).build(),
                aCart().with(SODA, 1).scheduledFor(inTenMinutes).build());

        assertThat(quote.estimatedReadyAt()).isEqualTo(NOW.plus(Duration.ofMinutes(25)));
    }
}
