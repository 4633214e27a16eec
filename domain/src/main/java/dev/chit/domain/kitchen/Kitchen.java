package dev.chit.domain.kitchen;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a kitchen's work fills its slots. A slot is a quarter of an hour on the clock (:00, :15,
 * :30, :45); the kitchen gets through {@code capacityPerSlot} prep-minutes of work in each.
 *
 * <p>An order takes its work from the slot its promise falls in. What does not fit there spills
 * into the following slots, since the kitchen cannot do more in a quarter than its capacity; work
 * promised for a slot already past (a late order still on the pass) counts in the current one.
 * A slot has room for an order when its work fits beside what the slot already holds; an order
 * bigger than a whole slot needs an empty one.
 */
public final class Kitchen {

    public static final Duration SLOT = Duration.ofMinutes(15);
    /** How far ahead a promise is looked for: a week of scheduling, and a day's margin. */
    static final int SLOTS_SEARCHED = 8 * 24 * 4;

    private final Optional<Integer> capacityPerSlot;
    private final Duration defaultPrep;

    /**
     * @param capacityPerSlot prep-minutes per slot; empty for a kitchen without limit
     * @param defaultPrep     the work of an order whose prep time is not known
     */
    public Kitchen(Optional<Integer> capacityPerSlot, Duration defaultPrep) {
        this.capacityPerSlot = Objects.requireNonNull(capacityPerSlot, "capacityPerSlot");
        this.defaultPrep = Objects.requireNonNull(defaultPrep, "defaultPrep");
    }

    /** The start of the slot {@code at} falls in. */
    public static Instant slotOf(Instant at) {
        long seconds = SLOT.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    /**
     * Whether the slot {@code at} falls in has room, as of {@code now}, for an order of
     * {@code work}. Slots before the current one have none.
     */
    public boolean hasRoom(KitchenLoad load, Instant at, Duration work, Instant now) {
        if (capacityPerSlot.isEmpty()) {
            return true;
        }
        Instant current = slotOf(now);
        if (slotOf(at).isBefore(current)) {
            return false;
        }
        int index = index(current, slotOf(at));
        if (index >= SLOTS_SEARCHED) {
            return true;
        }
        long[] used = fill(load, current, index + 1);
        return used[index] + minutesNeeded(work) <= capacityPerSlot.get();
    }

    /**
     * The earliest promise, not before {@code earliest}, for an order of {@code work}: {@code
     * earliest} itself when its slot has room, else the start of the first later slot that has.
     * When no slot in the next week has room, the promise is the start of the slot after them all.
     */
    public Instant promise(KitchenLoad load, Instant earliest, Duration work, Instant now) {
        if (capacityPerSlot.isEmpty()) {
            return earliest;
        }
        Instant current = slotOf(now);
        Instant first = slotOf(earliest).isBefore(current) ? current : slotOf(earliest);
        int from = index(current, first);
        long[] used = fill(load, current, from + SLOTS_SEARCHED);
        long needed = minutesNeeded(work);
        for (int index = from; index < used.length; index++) {
            if (used[index] + needed <= capacityPerSlot.get()) {
                return index == from && !earliest.isBefore(current) ? earliest : slotStart(current, index);
            }
        }
        return slotStart(current, used.length);
    }

    /** The prep-minutes each of the {@code slots} slots from {@code current} on already holds. */
    long[] fill(KitchenLoad load, Instant current, int slots) {
        int capacity = capacityPerSlot.orElse(Integer.MAX_VALUE);
        long[] due = new long[slots];
        for (Commitment commitment : load.commitments()) {
            Instant slot = slotOf(commitment.promisedAt());
            int index = slot.isBefore(current) ? 0 : index(current, slot);
            long minutes = commitment.work(defaultPrep).toMinutes();
            // Work promised beyond the slots asked about cannot spill back into them.
            if (index < slots) {
                due[index] += minutes;
            }
        }
        long[] used = new long[slots];
        long carried = 0;
        for (int index = 0; index < slots; index++) {
            long demand = carried + due[index];
            used[index] = Math.min(demand, capacity);
            carried = demand - used[index];
        }
        return used;
    }

    private long minutesNeeded(Duration work) {
        return Math.min(Math.max(work.toMinutes(), 1), capacityPerSlot.orElse(Integer.MAX_VALUE));
    }

    private static int index(Instant current, Instant slot) {
        long index = Duration.between(current, slot).dividedBy(SLOT);
        return (int) Math.min(index, Integer.MAX_VALUE - SLOTS_SEARCHED - 1);
    }

    private static Instant slotStart(Instant current, int index) {
        return current.plus(SLOT.multipliedBy(index));
    }
}
