package dev.chit.adapters.export;

import dev.chit.application.support.MessageCatalogue;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.GuestLanguage;
import dev.chit.domain.order.PaymentStatus;

import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The words of a guest's receipt in the language they ordered in ({@code ReceiptText*.properties}).
 * English keeps the words and figures receipts had before languages ({@code $31.48}).
 */
final class ReceiptText {

    static final String BUNDLE = "dev.chit.adapters.export.ReceiptText";

    private final MessageCatalogue catalogue;

    private ReceiptText(MessageCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static ReceiptText in(GuestLanguage language) {
        return new ReceiptText(MessageCatalogue.of(BUNDLE, language,
                language == GuestLanguage.EN ? Locale.US : language.locale()));
    }

    String say(String key, Object... arguments) {
        return catalogue.say(key, arguments);
    }

    String money(Money amount) {
        return catalogue.money(amount);
    }

    String dateTime(ZonedDateTime at) {
        return catalogue.date("dateTime.pattern", at);
    }

    String fulfillment(Fulfillment fulfillment) {
        return say("fulfillment." + fulfillment.type().name());
    }

    String payment(PaymentStatus status) {
        return say("paymentStatus." + status.name());
    }
}
