package dev.chit.domain.order;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.chit.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderDelayTest {

    private static final Instant AT = Instant.parse("2026-03-02T12:20:00Z");
    private static final Actor COOK = Actor.staff(UUID.fromString("00000000-0000-0000-0000-000000000c00"));

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"ACCEPTED", "PREPARING"})
    void aDelay_movesThePromiseLater_andAnnouncesIt(OrderStatus status) {
        Order order = anOrder().in(status).build();

        Order.Delayed delayed = order.delay(Duration.ofMinutes(15), Optional.of("  oven down  "), COOK, AT);

        Instant later = order.estimatedReadyAt().plus(Duration.ofMinutes(15));
        assertThat(delayed.order().estimatedReadyAt()).isEqualTo(later);
        assertThat(delayed.order().status()).isEqualTo(status);
        assertThat(delayed.order().history()).isEqualTo(order.history());
        assertThat(delayed.event()).isEqualTo(new OrderDelayed(order.id(), order.restaurantId(),
                Duration.ofMinutes(15), later, COOK, Optional.of("oven down"), AT));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 121, -5})
    void aDelayOutsideFiveToHundredTwentyMinutes_isInvalidInputOnMinutes(int minutes) {
        Order order = anOrder().in(OrderStatus.ACCEPTED).build();

        assertThatThrownBy(() -> order.delay(Duration.ofMinutes(minutes), Optional.empty(), COOK, AT))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("minutes"));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PLACED", "READY", "OUT_FOR_DELIVERY", "COMPLETED", "REJECTED", "CANCELLED"})
    void onlyAcceptedOrPreparingOrders_canBeDelayed(OrderStatus status) {
        Order order = anOrder().in(status).build();

        assertThatThrownBy(() -> order.delay(Duration.ofMinutes(10), Optional.empty(), COOK, AT))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void aBlankReason_isNoReason() {
        Order.Delayed delayed = anOrder().in(OrderStatus.PREPARING).build()
                .delay(Duration.ofMinutes(5), Optional.of("   "), COOK, AT);

        assertThat(delayed.event().reason()).isEmpty();
    }
}
