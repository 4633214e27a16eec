package dev.chit.domain.order;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import static dev.chit.domain.error.Checks.boundedText;
import static dev.chit.domain.error.Checks.inRange;

/**
 * A request to move an order to {@code to}. The prep time is what the kitchen promises on
 * accept (1 to 240 minutes); the reason is what the guest will be told.
 */
public record TransitionRequest(OrderStatus to, Optional<Duration> prepTime, Optional<String> reason) {

    public static final int MAX_REASON_LENGTH = 500;
    /** The longest prep time a kitchen may promise on accept; a longer wait is a delay. */
    public static final int MAX_PREP_MINUTES = 240;

    public TransitionRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(prepTime, "prepTime");
        // Clamped both ways: a bare (int) cast of a huge negative count could wrap into range.
        prepTime.ifPresent(prep -> inRange(
                Math.clamp(prep.toMinutes(), Integer.MIN_VALUE, Integer.MAX_VALUE), 1, MAX_PREP_MINUTES, "prepMinutes"));
        reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> boundedText(r, "reason", MAX_REASON_LENGTH));
    }

    public static TransitionRequest to(OrderStatus to) {
        return new TransitionRequest(to, Optional.empty(), Optional.empty());
    }

    public TransitionRequest withReason(String reason) {
        return new TransitionRequest(to, prepTime, Optional.of(reason));
    }

    public TransitionRequest withPrepTime(Duration prepTime) {
        return new TransitionRequest(to, Optional.of(prepTime), reason);
    }
}
