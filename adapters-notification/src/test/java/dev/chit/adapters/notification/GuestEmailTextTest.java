package dev.chit.adapters.notification;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.GuestLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class GuestEmailTextTest {

    /** Every language's catalogue has exactly the English keys, and every message is a valid pattern. */
    @ParameterizedTest
    @EnumSource(GuestLanguage.class)
    void everyCatalogue_hasEveryKey_andOnlyThose(GuestLanguage language) throws IOException {
        Properties english = catalogue("");
        Properties translated = catalogue(language == GuestLanguage.EN ? "" : "_" + language.tag());

        assertThat(translated.stringPropertyNames()).as("keys of the %s catalogue", language)
                .isEqualTo(english.stringPropertyNames());
        for (String key : translated.stringPropertyNames()) {
            if (!key.equals("time.pattern")) {
                new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(language.tag()));
            }
        }
    }

    @Test
    void pluralsMoneyAndTimes_followTheLanguage() {
        GuestEmailText german = GuestEmailText.in(GuestLanguage.DE);
        GuestEmailText spanish = GuestEmailText.in(GuestLanguage.ES);
        Money amount = Money.of(123456, Currency.getInstance("EUR"));

        assertThat(german.money(amount)).isEqualTo("1.234,56\u00a0€");
        assertThat(spanish.money(amount)).isEqualTo("1.234,56\u00a0€");
        assertThat(german.say("delayed.body.minutes", "#7", "bald", 1L)).contains("1 Minute länger");
        assertThat(german.say("delayed.body.minutes", "#7", "bald", 15L)).contains("15 Minuten länger");
        assertThat(spanish.say("delayed.body.minutes", "#7", "pronto", 15L)).contains("15 minutos más");
        assertThat(german.time(Instant.parse("2026-11-27T18:30:00Z"), ZoneId.of("Europe/Berlin")))
                .isEqualTo("am Freitag, 27. November, 19:30 (Europe/Berlin)");
        assertThat(GuestEmailText.in(GuestLanguage.EN).money(Money.of(2151, Currency.getInstance("USD"))))
                .isEqualTo("$21.51");
    }

    private static Properties catalogue(String suffix) throws IOException {
        String path = "/" + GuestEmailText.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = GuestEmailTextTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
