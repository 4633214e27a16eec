package dev.chit.adapters.notification;

import dev.chit.application.support.MessageCatalogue;
import dev.chit.domain.money.Money;
import dev.chit.domain.order.GuestLanguage;

import java.time.Instant;
import java.time.ZoneId;

/** The words of the guest's emails in one of the {@link GuestLanguage}s ({@code GuestEmailText*.properties}). */
final class GuestEmailText {

    static final String BUNDLE = "dev.chit.adapters.notification.GuestEmailText";

    private final MessageCatalogue catalogue;

    private GuestEmailText(MessageCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static GuestEmailText in(GuestLanguage language) {
        return new GuestEmailText(MessageCatalogue.of(BUNDLE, language, language.locale()));
    }

    String say(String key, Object... arguments) {
        return catalogue.say(key, arguments);
    }

    String money(Money amount) {
        return catalogue.money(amount);
    }

    /** "on Friday 27 November, 19:30 (Europe/Berlin)", in the language's words. */
    String time(Instant at, ZoneId zone) {
        return say("time", catalogue.date("time.pattern", at.atZone(zone)), zone.getId());
    }
}
