package dev.chit.adapters.web.checkout;

import dev.chit.application.checkout.OfferSlots.Slot;

import java.time.Instant;
import java.util.List;

/** {@code {"slots":[{"start","end","available"}]}}: the day's slots, in order. */
record SlotsJson(List<SlotJson> slots) {

    record SlotJson(Instant start, Instant end, boolean available) {
    }

    static SlotsJson of(List<Slot> slots) {
        return new SlotsJson(slots.stream().map(slot -> new SlotJson(slot.start(), slot.end(), slot.available())).toList());
    }
}
