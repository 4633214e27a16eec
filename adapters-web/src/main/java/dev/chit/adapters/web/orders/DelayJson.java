package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.Violations;

import java.time.Duration;
import java.util.Optional;

/** A delay the kitchen announces: how many minutes later (5 to 120), and why, for the guest. */
record DelayJson(Integer minutes, String reason) {

    Duration delay() {
        Violations violations = new Violations();
        Optional<Integer> given = violations.required(minutes, "minutes");
        violations.throwIfAny();
        return Duration.ofMinutes(given.orElseThrow());
    }
}
