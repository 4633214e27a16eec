package dev.chit.domain.kitchen;

import dev.chit.domain.money.Money;
import dev.chit.domain.restaurant.RestaurantSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of how accepted work fills the kitchen's 15-minute slots and moves promises.
 * The kitchen below takes 30 prep-minutes per slot; a new order brings 20 minutes of work.
 */
class KitchenTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:05:00Z");
    private static final Duration TWENTY = Duration.ofMinutes(20);
    private static final Kitchen THIRTY_PER_SLOT = new Kitchen(Optional.of(30), TWENTY);

    @Test
    void slots_areQuartersOfTheClock() {
        assertThat(Kitchen.slotOf(Instant.parse("2026-03-02T12:05:00Z"))).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(Kitchen.slotOf(Instant.parse("2026-03-02T12:15:00Z"))).isEqualTo(Instant.parse("2026-03-02T12:15:00Z"));
        assertThat(Kitchen.slotOf(Instant.parse("2026-03-02T12:44:59Z"))).isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
    }

    @Test
    void idleKitchen_promisesThePrepTime() {
        assertThat(THIRTY_PER_SLOT.promise(KitchenLoad.idle(), NOW.plus(TWENTY), TWENTY, NOW))
                .isEqualTo(Instant.parse("2026-03-02T12:25:00Z"));
    }

    @Test
    void fullSlots_pushThePromiseToTheFirstSlotWithRoom() {
        // Three 20-minute orders accepted at 12:05, due 12:25: 60 minutes in the 12:15 slot, which
        // does 30; the other 30 spill into 12:30. The next order fits first at 12:45.
        KitchenLoad load = loadOf(accepted(NOW, 20), accepted(NOW, 20), accepted(NOW, 20));

        assertThat(THIRTY_PER_SLOT.fill(load, Kitchen.slotOf(NOW), 4)).containsExactly(0, 30, 30, 0);
        assertThat(THIRTY_PER_SLOT.promise(load, NOW.plus(TWENTY), TWENTY, NOW))
                .isEqualTo(Instant.parse("2026-03-02T12:45:00Z"));
    }

    @Test
    void slotWithSomeRoomLeft_takesAnOrderThatFits() {
        // 10 minutes due at 12:20 leave 20 of the 12:15 slot's 30: a 20-minute order fits, a 25 does not.
        KitchenLoad load = loadOf(accepted(NOW.plus(Duration.ofMinutes(5)), 10));

        assertThat(THIRTY_PER_SLOT.hasRoom(load, Instant.parse("2026-03-02T12:25:00Z"), TWENTY, NOW)).isTrue();
        assertThat(THIRTY_PER_SLOT.hasRoom(load, Instant.parse("2026-03-02T12:25:00Z"), Duration.ofMinutes(25), NOW))
                .isFalse();
    }

    @Test
    void lateWork_countsInTheCurrentSlot() {
        // Promised for 11:40 and still on the pass at 12:05: it takes the current slot's room.
        KitchenLoad load = loadOf(accepted(Instant.parse("2026-03-02T11:20:00Z"), 20),
                accepted(Instant.parse("2026-03-02T11:30:00Z"), 20));

        assertThat(THIRTY_PER_SLOT.fill(load, Kitchen.slotOf(NOW), 3)).containsExactly(30, 10, 0);
        assertThat(THIRTY_PER_SLOT.hasRoom(load, NOW, TWENTY, NOW)).isFalse();
        assertThat(THIRTY_PER_SLOT.hasRoom(load, Instant.parse("2026-03-02T12:20:00Z"), TWENTY, NOW)).isTrue();
    }

    @Test
    void anOrderBiggerThanASlot_needsAnEmptySlot() {
        KitchenLoad load = loadOf(accepted(NOW, 20));

        assertThat(THIRTY_PER_SLOT.hasRoom(load, Instant.parse("2026-03-02T12:25:00Z"), Duration.ofMinutes(45), NOW))
                .isFalse();
        assertThat(THIRTY_PER_SLOT.hasRoom(load, Instant.parse("2026-03-02T12:30:00Z"), Duration.ofMinutes(45), NOW))
                .isTrue();
    }

    @Test
    void slotsInThePast_haveNoRoom() {
        assertThat(THIRTY_PER_SLOT.hasRoom(KitchenLoad.idle(), Instant.parse("2026-03-02T11:59:00Z"), TWENTY, NOW))
                .isFalse();
    }

    @Test
    void withoutCapacity_theKitchenIsUnlimited() {
        Kitchen unlimited = new Kitchen(Optional.empty(), TWENTY);
        KitchenLoad load = loadOf(accepted(NOW, 200), accepted(NOW, 200));

        assertThat(unlimited.promise(load, NOW.plus(TWENTY), TWENTY, NOW)).isEqualTo(NOW.plus(TWENTY));
        assertThat(unlimited.hasRoom(load, NOW, TWENTY, NOW)).isTrue();
    }

    @Test
    void commitments_countTheirPrepTime_orTheDefaultWhenItIsNotKnown() {
        Commitment acceptedAsap = accepted(NOW, 35);
        Commitment scheduled = new Commitment(Optional.of(NOW), Optional.of(NOW.plus(Duration.ofDays(1))),
                NOW.plus(Duration.ofDays(1)));
        Commitment waiting = new Commitment(Optional.empty(), Optional.of(NOW.plus(Duration.ofHours(2))),
                NOW.plus(Duration.ofHours(2)));

        assertThat(acceptedAsap.work(TWENTY)).isEqualTo(Duration.ofMinutes(35));
        assertThat(scheduled.work(TWENTY)).isEqualTo(TWENTY);
        assertThat(waiting.work(TWENTY)).isEqualTo(TWENTY);
    }

    @Test
    void promiseTime_onAcceptProposesTheTimeUntilTheKitchenHasRoom() {
        RestaurantSettings settings = withCapacity(30);
        KitchenLoad load = loadOf(accepted(NOW, 20), accepted(NOW, 20), accepted(NOW, 20));
        PromiseTime promiseTime = new PromiseTime(settings);

        assertThat(promiseTime.prepTimeOnAccept(KitchenLoad.idle(), NOW)).isEqualTo(TWENTY);
        // Until 12:45, the first slot with room: 40 minutes.
        assertThat(promiseTime.prepTimeOnAccept(load, NOW)).isEqualTo(Duration.ofMinutes(40));
        assertThat(promiseTime.forCart(load, Optional.empty(), NOW)).isEqualTo(Instant.parse("2026-03-02T12:45:00Z"));
    }

    @Test
    void promiseTime_keepsAScheduledTimeLaterThanTheSoonestPromise() {
        PromiseTime promiseTime = new PromiseTime(withCapacity(30));
        Instant sevenPm = Instant.parse("2026-03-02T19:00:00Z");

        assertThat(promiseTime.forCart(KitchenLoad.idle(), Optional.of(sevenPm), NOW)).isEqualTo(sevenPm);
        assertThat(promiseTime.forCart(KitchenLoad.idle(), Optional.of(NOW.plusSeconds(60)), NOW))
                .isEqualTo(NOW.plus(TWENTY));
    }

    private static RestaurantSettings withCapacity(int capacity) {
        Currency usd = Currency.getInstance("USD");
        return new RestaurantSettings(true, 20, 10, Optional.empty(), 0, Money.zero(usd), Money.zero(usd), 0,
                false, Optional.empty(), 0, Optional.empty(), Optional.of(capacity), 3);
    }

    private static Commitment accepted(Instant at, int prepMinutes) {
        return new Commitment(Optional.of(at), Optional.empty(), at.plus(Duration.ofMinutes(prepMinutes)));
    }

    private static KitchenLoad loadOf(Commitment... commitments) {
        return new KitchenLoad(new ArrayList<>(List.of(commitments)));
    }
}
