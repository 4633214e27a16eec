package dev.chit.application.restaurants;

import dev.chit.application.access.NotPermitted;
import dev.chit.application.menu.ShowMenu;
import dev.chit.application.testing.InMemoryChit;
import dev.chit.application.testing.People;
import dev.chit.domain.checkout.Cart;
import dev.chit.domain.checkout.RestaurantClosed;
import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.NotFound;
import dev.chit.domain.error.Violation;
import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.StripeAccountId;
import dev.chit.domain.testing.SampleMenu;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.application.testing.InMemoryChit.START;
import static dev.chit.domain.testing.CartBuilder.aCart;
import static dev.chit.domain.testing.RestaurantBuilder.RESTAURANT_ID;
import static dev.chit.domain.testing.RestaurantBuilder.USD;
import static dev.chit.domain.testing.RestaurantBuilder.aRestaurant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeSettingsTest {

    private final InMemoryChit chit = new InMemoryChit()
            .with(aRestaurant().defaultPrepMinutes(20).busy(15, START.plus(Duration.ofHours(1))).build(),
                    SampleMenu.menu());
    private final ChangeSettings changeSettings = new ChangeSettings(chit.restaurants, chit.transactions);
    private final ShowMenu showMenu = new ShowMenu(chit.restaurants, chit.menus, chit.clock);
    private final Cart sodas = aCart().with(SampleMenu.SODA, 2).build();

    private Restaurant stored() {
        return chit.restaurants.find(RESTAURANT_ID).orElseThrow();
    }

    private Restaurant change(SettingsChange change) {
        return changeSettings.change(People.managerOf(RESTAURANT_ID), RESTAURANT_ID, change, Optional.empty())
                .restaurant();
    }

    @Test
    void aManager_changesTheSettingsNamed_andTheOthersStay() {
        Restaurant before = stored();

        Restaurant after = change(SettingsChange.none().defaultPrepMinutes(35).deliveryFee(499).autoAccept(true));

        assertThat(after.settings().defaultPrepMinutes()).isEqualTo(35);
        assertThat(after.settings().deliveryFee()).isEqualTo(Money.of(499, USD));
        assertThat(after.settings().autoAccept()).isTrue();
        assertThat(after.settings().busyExtraMinutes()).isEqualTo(before.settings().busyExtraMinutes());
        assertThat(after.settings().busyUntil()).isEqualTo(before.settings().busyUntil());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(stored()).isEqualTo(after);
    }

    @Test
    void settingsThatMayBeEmpty_areCleared() {
        change(SettingsChange.none()
                .openingHours(Optional.of(new OpeningHours(List.of(OpeningPeriod.of(DayOfWeek.MONDAY, "11:00", "14:00")))))
                .capacityPerSlot(Optional.of(90)));

        Restaurant cleared = change(SettingsChange.none().openingHours(Optional.empty()).busyUntil(Optional.empty())
                .capacityPerSlot(Optional.empty()));

        assertThat(cleared.settings().openingHours()).isEmpty();
        assertThat(cleared.settings().busyUntil()).isEmpty();
        assertThat(cleared.settings().capacityPerSlot()).isEmpty();
    }

    @Test
    void everyInvalidValue_isNamed_andNothingChanges() {
        Restaurant before = stored();

        assertThatThrownBy(() -> change(SettingsChange.none().acceptingOrders(false).taxRateBasisPoints(-1)
                .busyExtraMinutes(241).capacityPerSlot(Optional.of(0))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("taxRateBasisPoints", "busyExtraMinutes", "capacityPerSlot"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void onlyAManagerOfTheRestaurant_orAnAdmin_changesSettings() {
        SettingsChange pause = SettingsChange.none().acceptingOrders(false);

        assertThatThrownBy(() -> changeSettings.change(People.staffOf(RESTAURANT_ID), RESTAURANT_ID, pause,
                Optional.empty())).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> changeSettings.change(People.managerOf(new RestaurantId(UUID.randomUUID())),
                RESTAURANT_ID, pause, Optional.empty())).isInstanceOf(NotFound.class);
        assertThat(stored().settings().acceptingOrders()).isTrue();

        assertThat(changeSettings.change(People.admin(), RESTAURANT_ID, pause, Optional.empty()).restaurant()
                .settings().acceptingOrders()).isFalse();
    }

    @Test
    void onlyAnAdmin_setsTheStripeAccount_andAManagerSeesItAndMaySendItBackUnchanged() {
        SettingsChange connect = SettingsChange.none().stripeAccountId(Optional.of("acct_1Bistro"));

        assertThatThrownBy(() -> change(connect)).isInstanceOf(NotPermitted.class);
        assertThat(stored().settings().stripeAccountId()).isEmpty();

        Restaurant connected = changeSettings.change(People.admin(), RESTAURANT_ID, connect, Optional.empty())
                .restaurant();
        assertThat(connected.settings().stripeAccountId()).contains(new StripeAccountId("acct_1Bistro"));
        assertThat(showMenu.of(RESTAURANT_ID).stripeAccountId()).contains("acct_1Bistro");

        assertThat(change(connect.defaultPrepMinutes(25)).settings().stripeAccountId())
                .contains(new StripeAccountId("acct_1Bistro"));
        assertThatThrownBy(() -> change(SettingsChange.none().stripeAccountId(Optional.empty())))
                .isInstanceOf(NotPermitted.class);
        assertThat(stored().settings().stripeAccountId()).contains(new StripeAccountId("acct_1Bistro"));
        assertThat(stored().settings().defaultPrepMinutes()).isEqualTo(25);
    }

    @Test
    void aStripeAccountOfTheWrongShape_isNamed_andNothingChanges() {
        assertThatThrownBy(() -> changeSettings.change(People.admin(), RESTAURANT_ID,
                SettingsChange.none().stripeAccountId(Optional.of("sk_live_oops")).defaultPrepMinutes(30),
                Optional.empty()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("stripeAccountId"));
        assertThat(stored().settings().defaultPrepMinutes()).isEqualTo(20);
    }

    @Test
    void aTimedPause_closesTheRestaurant_andLiftsByItself() {
        Instant until = START.plus(Duration.ofMinutes(30));
        change(SettingsChange.none().pausedUntil(Optional.of(until)));

        assertThat(showMenu.of(RESTAURANT_ID).openNow()).isFalse();
        assertThatThrownBy(() -> chit.quoteCart.quote(RESTAURANT_ID, sodas)).isInstanceOf(RestaurantClosed.class);

        chit.clock.set(until);

        assertThat(showMenu.of(RESTAURANT_ID).openNow()).isTrue();
        assertThat(chit.quoteCart.quote(RESTAURANT_ID, sodas).total()).isEqualTo(Money.of(600, USD));
        assertThat(stored().settings().pausedUntil()).as("nothing had to run to lift it").contains(until);
    }

    @Test
    void busyMode_lengthensPromises_untilItEnds() {
        Instant until = START.plus(Duration.ofMinutes(45));
        change(SettingsChange.none().busyExtraMinutes(25).busyUntil(Optional.of(until)));

        assertThat(chit.quoteCart.quote(RESTAURANT_ID, sodas).estimatedReadyAt())
                .isEqualTo(START.plus(Duration.ofMinutes(20 + 25)));

        chit.clock.set(until);

        assertThat(chit.quoteCart.quote(RESTAURANT_ID, sodas).estimatedReadyAt())
                .isEqualTo(until.plus(Duration.ofMinutes(20)));
    }

    @Test
    void nothingToChange_changesNothing() {
        Restaurant before = stored();

        assertThat(change(SettingsChange.none())).isEqualTo(before);
    }

    @Test
    void aChangeIfAtTheVersionSeen_afterSomeoneElsesChange_isStale_andChangesNothing() {
        var manager = People.managerOf(RESTAURANT_ID);
        long seen = chit.restaurants.findVersioned(RESTAURANT_ID).orElseThrow().version();
        var first = changeSettings.change(manager, RESTAURANT_ID, SettingsChange.none().defaultPrepMinutes(30),
                Optional.of(seen));

        assertThat(first.version()).isEqualTo(seen + 1);
        assertThatThrownBy(() -> changeSettings.change(manager, RESTAURANT_ID,
                SettingsChange.none().deliveryFee(999), Optional.of(seen))).isInstanceOf(StaleSettings.class);
        assertThat(stored().settings().deliveryFee()).isNotEqualTo(Money.of(999, USD));
        assertThat(changeSettings.change(manager, RESTAURANT_ID, SettingsChange.none().deliveryFee(999),
                Optional.of(first.version())).restaurant().settings().deliveryFee()).isEqualTo(Money.of(999, USD));
    }
}
