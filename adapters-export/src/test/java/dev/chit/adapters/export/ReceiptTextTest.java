package dev.chit.adapters.export;

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
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptTextTest {

    /** Every language's receipt catalogue has exactly the English keys, each a valid pattern. */
    @ParameterizedTest
    @EnumSource(GuestLanguage.class)
    void everyCatalogue_hasEveryKey_andOnlyThose(GuestLanguage language) throws IOException {
        Properties english = catalogue("");
        Properties translated = catalogue(language == GuestLanguage.EN ? "" : "_" + language.tag());

        assertThat(translated.stringPropertyNames()).as("keys of the %s receipt catalogue", language)
                .isEqualTo(english.stringPropertyNames());
        for (String key : translated.stringPropertyNames()) {
            if (!key.endsWith(".pattern")) {
                new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(language.tag()));
            }
        }
    }

    @Test
    void money_followsTheLanguage_andEnglishStaysAsItWas() {
        Money euros = Money.of(123456, Currency.getInstance("EUR"));

        assertThat(ReceiptText.in(GuestLanguage.DE).money(euros)).isEqualTo("1.234,56\u00a0€");
        assertThat(ReceiptText.in(GuestLanguage.EN).money(Money.of(3148, Currency.getInstance("USD"))))
                .isEqualTo("$31.48");
        assertThat(ReceiptText.in(GuestLanguage.ES).say("each", "3,00 €")).isEqualTo("(3,00 € c/u)");
    }

    private static Properties catalogue(String suffix) throws IOException {
        String path = "/" + ReceiptText.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ReceiptTextTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
