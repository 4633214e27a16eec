package dev.chit.application.support;

import dev.chit.domain.money.Money;
import dev.chit.domain.order.GuestLanguage;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a guest reads, in the language they ordered in: one resource bundle per language (the
 * same keys in each, {@code java.text.MessageFormat} patterns, plurals with {@code choice}),
 * money and dates in that language's conventions. Emails and receipts each have their bundle.
 */
public final class MessageCatalogue {

    private final ResourceBundle bundle;
    private final Locale locale;

    private MessageCatalogue(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param baseName the bundle ({@code dev.chit.adapters.export.ReceiptText}); English is its base file
     * @param locale   how money and dates are written (English receipts keep en-US's {@code $31.48})
     */
    public static MessageCatalogue of(String baseName, GuestLanguage language, Locale locale) {
        // No fallback to the JVM's own locale: English is the base file, whatever the server speaks.
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageCatalogue(bundle, locale);
    }

    /** The message {@code key}, with its arguments put in when it has any. */
    public String say(String key, Object... arguments) {
        return arguments.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public String money(Money amount) {
        return money(amount, locale);
    }

    /** {@code at} by the date pattern under {@code patternKey} ({@code EEEE d MMMM, HH:mm}). */
    public String date(String patternKey, ZonedDateTime at) {
        return DateTimeFormatter.ofPattern(bundle.getString(patternKey), locale).format(at);
    }

    /** Money with its currency's symbol and fraction digits ({@code $31.48}, {@code 1.234,56 €}, {@code ¥1,500}). */
    public static String money(Money amount, Locale locale) {
        // NumberFormat is not thread-safe: one per call.
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(amount.currency());
        int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(amount.minorUnits(), digits));
    }
}
