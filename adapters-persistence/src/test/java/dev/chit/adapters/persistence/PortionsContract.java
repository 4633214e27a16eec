package dev.chit.adapters.persistence;

import dev.chit.domain.menu.ItemSupply;
import dev.chit.domain.menu.MenuItem;
import dev.chit.domain.menu.SupplyChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

abstract class PortionsContract extends ContractBase {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

    private static SupplyChange stock(int portions) {
        return SupplyChange.asked(null, false, null, true, portions, NOW);
    }

    @Test
    void countedPortions_areTakenWhileEnoughAreLeft_andGivenBack() {
        var kitchen = given().kitchen();
        MenuItem cola = kitchen.item("Cola");
        var portions = database().portions();
        long before = portions.menuVersion(kitchen.id()).orElseThrow();

        assertThat(database().transactions().inTransaction(() -> portions.change(kitchen.id(), cola.id(), stock(3))))
                .isTrue();
        assertThat(database().transactions().inTransaction(() -> portions.take(cola.id(), 2))).isTrue();
        assertThat(database().transactions().inTransaction(() -> portions.take(cola.id(), 2))).isFalse();
        assertThat(portions.of(kitchen.id()).get(cola.id()).stock()).isEqualTo(OptionalInt.of(1));
        database().transactions().inTransaction(() -> {
            portions.giveBack(cola.id(), 2);
            return null;
        });

        assertThat(portions.of(kitchen.id()).get(cola.id()).stock()).isEqualTo(OptionalInt.of(3));
        assertThat(portions.menuVersion(kitchen.id()).orElseThrow()).isGreaterThan(before);
    }

    @Test
    void anItemNotCounted_isAlwaysTaken_andNotListed() {
        var kitchen = given().kitchen();
        MenuItem cola = kitchen.item("Cola");

        assertThat(database().transactions().inTransaction(() -> database().portions().take(cola.id(), 1_000)))
                .isTrue();
        assertThat(database().portions().of(kitchen.id())).isEmpty();
    }

    @Test
    void anItemSoldOutUntilATime_comesBackOnce_whenTheTimeHasCome() {
        var kitchen = given().kitchen();
        MenuItem cola = kitchen.item("Cola");
        Instant fivePm = NOW.plus(5, ChronoUnit.HOURS);
        var portions = database().portions();
        database().transactions().inTransaction(() -> portions.change(kitchen.id(), cola.id(),
                SupplyChange.asked(null, true, fivePm, false, null, NOW)));
        assertThat(portions.of(kitchen.id()).get(cola.id()))
                .isEqualTo(new ItemSupply(cola.id(), OptionalInt.empty(), Optional.of(fivePm)));
        assertThat(database().menus().find(kitchen.id()).orElseThrow().item(cola.id()).orElseThrow().available())
                .isFalse();

        assertThat(portions.bringBack(fivePm.minusSeconds(1))).doesNotContain(kitchen.id());
        assertThat(portions.bringBack(fivePm)).contains(kitchen.id());
        assertThat(portions.bringBack(fivePm)).doesNotContain(kitchen.id());

        assertThat(portions.of(kitchen.id())).doesNotContainKey(cola.id());
        assertThat(database().menus().find(kitchen.id()).orElseThrow().item(cola.id()).orElseThrow().available())
                .isTrue();
    }
}
