package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitionRequestTest {

    private static void assertInvalid(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 240})
    void prepTimesFrom1To240Minutes_areAccepted(long minutes) {
        assertThat(TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(minutes)).prepTime())
                .contains(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 241, 10_000, Integer.MAX_VALUE + 1L, -4_294_967_295L, Long.MAX_VALUE / 60, Long.MIN_VALUE / 60})
    void prepTimesOutside1To240Minutes_areInvalidInputOnPrepMinutes(long minutes) {
        assertInvalid(() -> TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(minutes)),
                "prepMinutes");
    }

    @Test
    void aReason_isStripped_andABlankReasonIsNone() {
        assertThat(TransitionRequest.to(OrderStatus.REJECTED).withReason("  sold out \n").reason()).contains("sold out");
        assertThat(TransitionRequest.to(OrderStatus.REJECTED).withReason(" \t ").reason()).isEmpty();
    }

    @Test
    void aReasonOf500Characters_isKept_501IsInvalidInputOnReason() {
        assertThat(TransitionRequest.to(OrderStatus.REJECTED).withReason("r".repeat(500)).reason()).hasValue("r".repeat(500));
        assertInvalid(() -> TransitionRequest.to(OrderStatus.REJECTED).withReason("r".repeat(501)), "reason");
    }

    @Test
    void aReasonWithControlCharacters_isInvalidInputOnReason() {
        assertInvalid(() -> TransitionRequest.to(OrderStatus.REJECTED).withReason("sold\u0000out"), "reason");
        assertInvalid(() -> TransitionRequest.to(OrderStatus.REJECTED).withReason("sold\u001b[31mout"), "reason");
    }

    @Test
    void aReasonOnSeveralLines_isKept() {
        assertThat(TransitionRequest.to(OrderStatus.REJECTED).withReason("sold out\nsorry").reason())
                .contains("sold out\nsorry");
    }

    @Test
    void aTargetStatus_isRequired() {
        assertThatThrownBy(() -> new TransitionRequest(null, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}
