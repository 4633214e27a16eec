package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderCursorsTest {

    private static final OrderCursor CURSOR = new OrderCursor(Instant.parse("2026-11-25T19:04:05.123456Z"),
            new OrderId(UUID.fromString("01936b2e-0000-7000-8000-000000000abc")));

    @Test
    void aCursor_readsBackExactly_microsecondsAndAll() {
        String text = OrderCursors.encode(CURSOR, OrderSort.OLDEST_FIRST);

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(OrderCursors.decode(text, OrderSort.OLDEST_FIRST)).isEqualTo(CURSOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "AQ", "not base64 at all", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElse_isRefused_namingTheCursor(String text) {
        assertThatThrownBy(() -> OrderCursors.decode(text, OrderSort.OLDEST_FIRST))
                .isInstanceOfSatisfying(MalformedParameter.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }

    @Test
    void aCursorWithAFlippedByte_orTooLong_isRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(OrderCursors.encode(CURSOR, OrderSort.NEWEST_FIRST));
        bytes[0] = 9;

        assertThatThrownBy(() -> OrderCursors.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                OrderSort.NEWEST_FIRST)).isInstanceOf(MalformedParameter.class);
        assertThatThrownBy(() -> OrderCursors.decode("A".repeat(100), OrderSort.NEWEST_FIRST))
                .isInstanceOf(MalformedParameter.class);
    }

    @Test
    void aCursorOfTheOtherSort_isRefused() {
        String newest = OrderCursors.encode(CURSOR, OrderSort.NEWEST_FIRST);

        assertThatThrownBy(() -> OrderCursors.decode(newest, OrderSort.OLDEST_FIRST))
                .isInstanceOfSatisfying(MalformedParameter.class, e -> assertThat(e.code()).isEqualTo("cursor-sort-mismatch"));
    }
}
