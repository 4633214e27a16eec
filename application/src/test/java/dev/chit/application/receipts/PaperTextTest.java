package dev.chit.application.receipts;

import dev.chit.domain.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class PaperTextTest {

    @Test
    void money_hasItsCurrencysFractionDigits() {
        assertThat(PaperText.money(Money.of(3148, "USD"))).isEqualTo("$31.48");
        assertThat(PaperText.money(Money.of(1500, "JPY"))).isEqualTo("¥1,500");
        assertThat(PaperText.money(Money.of(1234, "EUR"))).isEqualTo("€12.34");
        assertThat(PaperText.money(Money.of(1234, "KWD"))).isEqualTo("KWD1.234");
        assertThat(PaperText.money(Money.of(5, "USD"))).isEqualTo("$0.05");
    }

    @Test
    void times_areWrittenOnTheGivenClock() {
        var at = Instant.parse("2026-03-02T12:00:00Z").atZone(ZoneId.of("America/New_York"));

        assertThat(PaperText.dateTime(at)).isEqualTo("Mon 2 Mar 2026, 07:00 EST");
        assertThat(PaperText.time(at)).isEqualTo("07:00");
    }
}
