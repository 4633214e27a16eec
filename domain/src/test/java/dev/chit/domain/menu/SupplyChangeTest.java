package dev.chit.domain.menu;

import dev.chit.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplyChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
    private static final Instant FIVE_PM = Instant.parse("2026-12-08T17:00:00Z");

    @Test
    void aTimeToComeBack_sellsTheItemOutUntilThen() {
        var change = SupplyChange.asked(null, true, FIVE_PM, false, null, NOW);

        assertThat(change.available()).contains(false);
        assertThat(change.availableAgainAt()).contains(Optional.of(FIVE_PM));
        assertThat(change.stock()).isEmpty();
    }

    @Test
    void aNullTime_sellsItOutUntilSomeoneSaysSo() {
        var change = SupplyChange.asked(null, true, null, false, null, NOW);

        assertThat(change.available()).contains(false);
        assertThat(change.availableAgainAt()).contains(Optional.empty());
    }

    @Test
    void availableAlone_forgetsAnyTimeToComeBack() {
        assertThat(SupplyChange.asked(true, false, null, false, null, NOW).availableAgainAt())
                .contains(Optional.empty());
        assertThat(SupplyChange.asked(false, false, null, false, null, NOW).availableAgainAt())
                .contains(Optional.empty());
    }

    @Test
    void stockAlone_leavesAvailabilityAsItIs_andNullStopsCounting() {
        var counted = SupplyChange.asked(null, false, null, true, 12, NOW);
        var uncounted = SupplyChange.asked(null, false, null, true, null, NOW);

        assertThat(counted.available()).isEmpty();
        assertThat(counted.availableAgainAt()).isEmpty();
        assertThat(counted.stock()).contains(OptionalInt.of(12));
        assertThat(uncounted.stock()).contains(OptionalInt.empty());
        assertThat(SupplyChange.asked(null, false, null, false, null, NOW).changesNothing()).isTrue();
    }

    @Test
    void stockOutOfRange_isRefusedByName() {
        assertThatThrownBy(() -> SupplyChange.asked(null, false, null, true, -1, NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.violations().getFirst().field()).isEqualTo("stock"));
        assertThatThrownBy(() -> SupplyChange.asked(null, false, null, true, SupplyChange.MAX_STOCK + 1, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThat(SupplyChange.asked(null, false, null, true, 0, NOW).stock()).contains(OptionalInt.of(0));
    }

    @Test
    void aTimeInThePast_orWithAvailableTrue_isRefusedByName() {
        assertThatThrownBy(() -> SupplyChange.asked(null, true, NOW, false, null, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations().getFirst().code())
                        .isEqualTo("not-in-future"));
        assertThatThrownBy(() -> SupplyChange.asked(true, true, FIVE_PM, false, null, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.violations().getFirst().code())
                        .isEqualTo("conflicts-with-available"));
    }

    @Test
    void anItemWithNoPortionsLeft_isSoldOut_andOneNotCountedNeverIs() {
        var id = new MenuItemId(java.util.UUID.randomUUID());
        assertThat(new ItemSupply(id, OptionalInt.of(0), Optional.empty()).soldOut()).isTrue();
        assertThat(new ItemSupply(id, OptionalInt.of(2), Optional.empty()).has(2)).isTrue();
        assertThat(new ItemSupply(id, OptionalInt.of(2), Optional.empty()).has(3)).isFalse();
        assertThat(new ItemSupply(id, OptionalInt.empty(), Optional.empty()).has(1_000)).isTrue();
    }
}
