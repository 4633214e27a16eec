package dev.chit.adapters.persistence;

import dev.chit.domain.error.NotFound;
import dev.chit.domain.money.Money;
import dev.chit.domain.port.RestaurantQuery;
import dev.chit.domain.port.RestaurantQuery.RestaurantCursor;
import dev.chit.domain.restaurant.OpeningHours;
import dev.chit.domain.restaurant.OpeningPeriod;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;
import dev.chit.domain.restaurant.StripeAccountId;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

abstract class RestaurantsContract extends ContractBase {

    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void restaurantWithEverySetting_roundTrips() {
        OpeningHours hours = new OpeningHours(List.of(
                OpeningPeriod.of(DayOfWeek.MONDAY, "11:30", "14:00"),
                OpeningPeriod.of(DayOfWeek.MONDAY, "18:00", "24:00"),
                OpeningPeriod.of(DayOfWeek.FRIDAY, "18:00", "02:00")));
        RestaurantSettings settings = new RestaurantSettings(false, 25, 12, Optional.of(hours), 825,
                Money.of(1500, JPY), Money.of(300, JPY), 150, true,
                Optional.of(Instant.parse("2026-11-25T18:30:00.250001Z")), 15,
                Optional.of(Instant.parse("2026-11-25T20:00:00Z")), Optional.of(120), 5, 8, 3)
                .withStripeAccountId(Optional.of(new StripeAccountId("acct_1SushiKaito")));
        Restaurant restaurant = new Restaurant(new RestaurantId(UUID.randomUUID()), "Sushi Kaito",
                Optional.of("1-2-3 Ginza, Tokyo"), JPY, ZoneId.of("Asia/Tokyo"), settings);

        database().restaurants().add(restaurant);

        assertThat(database().restaurants().find(restaurant.id())).contains(restaurant);
    }

    @Test
    void everyStoredChange_raisesTheVersion_whetherReadOrLocked() {
        Restaurant restaurant = Fixtures.restaurant("Versioned " + UUID.randomUUID());
        database().restaurants().add(restaurant);
        long first = database().restaurants().findVersioned(restaurant.id()).orElseThrow().version();

        Restaurant renamed = new Restaurant(restaurant.id(), restaurant.name() + " II", restaurant.address(),
                restaurant.currency(), restaurant.timezone(), restaurant.settings());
        database().restaurants().update(renamed);

        var locked = database().transactions().inTransaction(
                () -> database().restaurants().lockVersioned(restaurant.id()).orElseThrow());
        assertThat(locked.version()).isEqualTo(first + 1);
        assertThat(locked.restaurant()).isEqualTo(renamed);
        assertThat(database().restaurants().findVersioned(new RestaurantId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void pages_goByNameThenId_fromTheCursor_amongTheGivenOnes_andLeaveOutTheSwitchedOff() {
        String run = UUID.randomUUID().toString();
        // Same name: the id decides, and these two ids sort alike as signed or unsigned numbers.
        Restaurant twinA = withId(Fixtures.restaurant(run + " Bistro"), new UUID(1, System.nanoTime()));
        Restaurant twinB = withId(Fixtures.restaurant(run + " Bistro"), new UUID(2, System.nanoTime()));
        Restaurant alba = Fixtures.restaurant(run + " Alba");
        Restaurant off = Fixtures.restaurant(run + " Caffè").withSettings(switchedOff(twinA.settings()));
        List.of(twinA, twinB, alba, off).forEach(database().restaurants()::add);
        var twins = List.of(twinA, twinB);
        Optional<java.util.Set<RestaurantId>> ours = Optional.of(java.util.Set.of(twinA.id(), twinB.id(), alba.id(),
                off.id()));

        List<Restaurant> first = database().restaurants().page(new RestaurantQuery(ours, false, Optional.empty(), 2));
        List<Restaurant> second = database().restaurants().page(new RestaurantQuery(ours, false,
                Optional.of(RestaurantCursor.after(first.getLast())), 2));
        List<Restaurant> open = database().restaurants().page(new RestaurantQuery(ours, true, Optional.empty(), 10));

        assertThat(first).containsExactly(alba, twins.getFirst());
        assertThat(second).containsExactly(twins.getLast(), off);
        assertThat(open).containsExactly(alba, twins.getFirst(), twins.getLast());
        assertThat(database().restaurants().page(new RestaurantQuery(Optional.of(java.util.Set.of()), false,
                Optional.empty(), 10))).isEmpty();
    }

    private static Restaurant withId(Restaurant r, UUID id) {
        return new Restaurant(new RestaurantId(id), r.name(), r.address(), r.currency(), r.timezone(), r.settings());
    }

    private static RestaurantSettings switchedOff(RestaurantSettings s) {
        return new RestaurantSettings(false, s.defaultPrepMinutes(), s.acceptTimeoutMinutes(), s.openingHours(),
                s.taxRateBasisPoints(), s.minOrder(), s.deliveryFee(), s.serviceFeeBasisPoints(), s.autoAccept(),
                s.pausedUntil(), s.busyExtraMinutes(), s.busyUntil(), s.capacityPerSlot(), s.autoPauseAfterMissed());
    }

    @Test
    void neverOpen_isKeptApartFromAlwaysOpen() {
        Restaurant alwaysOpen = Fixtures.restaurant("Always open");
        Restaurant neverOpen = alwaysOpen.withSettings(withHours(alwaysOpen.settings(), new OpeningHours(List.of())));
        Restaurant closedForGood = new Restaurant(new RestaurantId(UUID.randomUUID()), "Closed for good",
                Optional.empty(), neverOpen.currency(), neverOpen.timezone(), neverOpen.settings());

        database().restaurants().add(alwaysOpen);
        database().restaurants().add(closedForGood);

        assertThat(database().restaurants().find(alwaysOpen.id()).orElseThrow().settings().openingHours()).isEmpty();
        assertThat(database().restaurants().find(closedForGood.id())).contains(closedForGood);
    }

    @Test
    void update_storesNewSettingsNameAndAddress() {
        Restaurant restaurant = Fixtures.restaurant("Before");
        database().restaurants().add(restaurant);
        RestaurantSettings paused = new RestaurantSettings(true, 30, 5, Optional.empty(), 2200,
                Money.of(1000, Fixtures.EUR), Money.of(0, Fixtures.EUR), 0, true,
                Optional.of(Instant.parse("2026-11-25T19:00:00Z")), 10, Optional.empty(), Optional.of(45), 3)
                .withBoardTimers(10, 2);
        Restaurant changed = new Restaurant(restaurant.id(), "After", Optional.empty(), restaurant.currency(),
                restaurant.timezone(), paused);

        database().restaurants().update(changed);

        assertThat(database().restaurants().find(restaurant.id())).contains(changed);
    }

    @Test
    void updatingAnUnknownRestaurant_isNotFound() {
        assertThatThrownBy(() -> database().restaurants().update(Fixtures.restaurant("Ghost")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void all_listsRestaurantsByName() {
        String prefix = "zz " + UUID.randomUUID() + " ";
        Restaurant charlie = Fixtures.restaurant(prefix + "Charlie");
        Restaurant alpha = Fixtures.restaurant(prefix + "Alpha");
        Restaurant bravo = Fixtures.restaurant(prefix + "Bravo");
        List.of(charlie, alpha, bravo).forEach(database().restaurants()::add);

        assertThat(database().restaurants().all())
                .filteredOn(restaurant -> restaurant.name().startsWith(prefix))
                .containsExactly(alpha, bravo, charlie);
    }

    private static RestaurantSettings withHours(RestaurantSettings s, OpeningHours hours) {
        return new RestaurantSettings(s.acceptingOrders(), s.defaultPrepMinutes(), s.acceptTimeoutMinutes(),
                Optional.of(hours), s.taxRateBasisPoints(), s.minOrder(), s.deliveryFee(), s.serviceFeeBasisPoints(),
                s.autoAccept(), s.pausedUntil(), s.busyExtraMinutes(), s.busyUntil(), s.capacityPerSlot(),
                s.autoPauseAfterMissed());
    }
}
