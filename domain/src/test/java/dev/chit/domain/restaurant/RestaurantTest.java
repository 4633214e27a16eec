package dev.chit.domain.restaurant;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.money.Money;
import dev.chit.domain.testing.RestaurantBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestaurantTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final Currency USD = Currency.getInstance("USD");

    private static Restaurant named(String name) {
        return new Restaurant(RESTAURANT_ID, name, Optional.empty(), USD, ZoneId.of("UTC"),
                RestaurantSettings.defaults(USD));
    }

    private static Consumer<InvalidInput> namesField(String field) {
        return e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field);
    }

    @Test
    void aName_isStripped() {
        assertThat(named("  Chez Chit \t").name()).isEqualTo("Chez Chit");
    }

    @Test
    void aNameOf200Characters_isAccepted_201IsNot() {
        assertThat(named("x".repeat(200)).name()).hasSize(200);
        assertThatThrownBy(() -> named("x".repeat(201)))
                .isInstanceOfSatisfying(InvalidInput.class, namesField("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Chez\u0000Chit", "Chez\u001bChit", "Chez\nChit", "Chez\rChit", "Chez\u007fChit"})
    void aBlankNameOrOneWithControlCharacters_isInvalidInputNamingName(String name) {
        assertThatThrownBy(() -> named(name)).isInstanceOfSatisfying(InvalidInput.class, namesField("name"));
    }

    @Test
    void aMissingName_isInvalidInputNamingName() {
        assertThatThrownBy(() -> named(null)).isInstanceOfSatisfying(InvalidInput.class, namesField("name"));
    }

    @Test
    void anAddressWithControlCharacters_isInvalidInputNamingAddress() {
        assertThatThrownBy(() -> new Restaurant(RESTAURANT_ID, "Chez Chit", Optional.of("1 Pass St\u0000"), USD,
                ZoneId.of("UTC"), RestaurantSettings.defaults(USD)))
                .isInstanceOfSatisfying(InvalidInput.class, namesField("address"));
    }

    @Test
    void anOverlongAddress_isInvalidInputNamingAddress() {
        assertThatThrownBy(() -> new Restaurant(RESTAURANT_ID, "Chez Chit", Optional.of("x".repeat(501)), USD,
                ZoneId.of("UTC"), RestaurantSettings.defaults(USD)))
                .isInstanceOfSatisfying(InvalidInput.class, namesField("address"));
    }

    @Test
    void settingsInAnotherCurrency_areRefused() {
        Currency eur = Currency.getInstance("EUR");
        assertThatThrownBy(() -> new Restaurant(RESTAURANT_ID, "Chez Chit", Optional.empty(), USD, ZoneId.of("UTC"),
                RestaurantSettings.defaults(eur)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenRestaurant_isTakingOrders() {
        assertThat(aRestaurant().build().isTakingOrders(NOON, NOON)).isTrue();
    }

    @Test
    void aSwitchedOffRestaurant_isNotTakingOrders() {
        assertThat(aRestaurant().switchedOff().build().isTakingOrders(NOON, NOON)).isFalse();
    }

    @Test
    void aPausedRestaurant_isNotTakingOrdersUntilThePauseLifts() {
        Restaurant paused = aRestaurant().pausedUntil(NOON.plus(Duration.ofMinutes(30))).build();

        assertThat(paused.isTakingOrders(NOON, NOON)).isFalse();
        assertThat(paused.isTakingOrders(NOON.plus(Duration.ofMinutes(29)), NOON)).isFalse();
        assertThat(paused.isTakingOrders(NOON.plus(Duration.ofMinutes(30)), NOON)).isTrue();
    }

    @Test
    void aRestaurantClosedAtTheWantedTime_isNotTakingOrdersForThen() {
        Restaurant lunchOnly = aRestaurant()
                .openingHours(OpeningPeriod.of(DayOfWeek.MONDAY, "11:00", "14:00")).build();

        assertThat(lunchOnly.isTakingOrders(NOON, NOON)).isTrue();
        assertThat(lunchOnly.isTakingOrders(NOON, NOON.plus(Duration.ofHours(3)))).isFalse();
    }

    @Test
    void busyMode_addsItsMinutesOnlyUntilItExpires() {
        RestaurantSettings busy = aRestaurant().busy(15, NOON.plus(Duration.ofHours(1))).settings();

        assertThat(busy.busyExtraAt(NOON)).isEqualTo(Duration.ofMinutes(15));
        assertThat(busy.busyExtraAt(NOON.plus(Duration.ofHours(1)))).isEqualTo(Duration.ZERO);
    }

    @Test
    void thePrepTimePromised_isTheDefaultPlusBusyModesExtraWhileItLasts() {
        RestaurantSettings busy = aRestaurant().defaultPrepMinutes(20).busy(15, NOON.plus(Duration.ofHours(1))).settings();

        assertThat(busy.prepTimeAt(NOON)).isEqualTo(Duration.ofMinutes(35));
        assertThat(busy.prepTimeAt(NOON.plus(Duration.ofHours(1)))).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void theBoardsTimerThresholds_startAtFiveAndZero_andStayWithinTwoHours() {
        RestaurantSettings defaults = RestaurantSettings.defaults(USD);

        assertThat(defaults.dueSoonMinutes()).isEqualTo(5);
        assertThat(defaults.lateAfterMinutes()).isZero();
        assertThat(defaults.withBoardTimers(10, 2).pausedUntil(NOON).lateAfterMinutes()).isEqualTo(2);
        assertThatThrownBy(() -> defaults.withBoardTimers(0, 0)).isInstanceOfSatisfying(InvalidInput.class,
                namesField("dueSoonMinutes"));
        assertThatThrownBy(() -> defaults.withBoardTimers(5, 121)).isInstanceOfSatisfying(InvalidInput.class,
                namesField("lateAfterMinutes"));
    }

    @Test
    void defaults_areOpenAlwaysWithoutFees() {
        RestaurantSettings defaults = RestaurantSettings.defaults(USD);

        assertThat(defaults.acceptingOrders()).isTrue();
        assertThat(defaults.openingHours()).isEmpty();
        assertThat(defaults.minOrder()).isEqualTo(Money.zero(USD));
        assertThat(defaults.deliveryFee()).isEqualTo(Money.zero(USD));
        assertThat(defaults.taxRateBasisPoints()).isZero();
        assertThat(defaults.serviceFeeBasisPoints()).isZero();
    }

    @Test
    void settingsOutOfRange_areInvalidInputNamingTheSetting() {
        assertThatThrownBy(() -> aRestaurant().defaultPrepMinutes(0).settings())
                .isInstanceOfSatisfying(InvalidInput.class, namesField("defaultPrepMinutes"));
        assertThatThrownBy(() -> aRestaurant().defaultPrepMinutes(241).settings())
                .isInstanceOfSatisfying(InvalidInput.class, namesField("defaultPrepMinutes"));
        assertThatThrownBy(() -> aRestaurant().taxRate(10_001).settings())
                .isInstanceOfSatisfying(InvalidInput.class, namesField("taxRateBasisPoints"));
        assertThatThrownBy(() -> aRestaurant().serviceFee(-1).settings())
                .isInstanceOfSatisfying(InvalidInput.class, namesField("serviceFeeBasisPoints"));
        assertThatThrownBy(() -> aRestaurant().minOrder(-1).settings())
                .isInstanceOfSatisfying(InvalidInput.class, namesField("minOrder"));
        assertThatThrownBy(() -> aRestaurant().deliveryFee(-1).settings())
                .isInstanceOfSatisfying(InvalidInput.class, namesField("deliveryFee"));
    }

    @Test
    void withSettings_keepsWhoTheRestaurantIs() {
        Restaurant restaurant = RestaurantBuilder.aRestaurant().build();
        Restaurant off = restaurant.withSettings(aRestaurant().switchedOff().settings());

        assertThat(off.settings().acceptingOrders()).isFalse();
        assertThat(off.id()).isEqualTo(restaurant.id());
        assertThat(off.name()).isEqualTo(restaurant.name());
    }
}
