package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.Violations;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.TransitionRequest;

import java.time.Duration;
import java.util.Optional;

/** A move as staff send it: where to, the prep time promised on accept, and a reason where one is due. */
record TransitionJson(OrderStatus to, Integer prepMinutes, String reason) {

    /** The request; what is missing or out of range goes to {@code violations}. */
    static Optional<TransitionRequest> toRequest(OrderStatus to, Integer prepMinutes, String reason,
                                                 Violations violations) {
        return violations.required(to, "to").flatMap(status -> violations.attempt(() -> new TransitionRequest(status,
                Optional.ofNullable(prepMinutes).map(minutes -> Duration.ofMinutes(minutes)),
                Optional.ofNullable(reason))));
    }

    TransitionRequest toRequest() {
        Violations violations = new Violations();
        Optional<TransitionRequest> request = toRequest(to, prepMinutes, reason, violations);
        violations.throwIfAny();
        return request.orElseThrow();
    }
}
