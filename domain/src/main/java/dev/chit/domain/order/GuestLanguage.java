package dev.chit.domain.order;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Chit speaks to guests in: the guest app, the tracking page, receipts and emails.
 * An order keeps the one its guest used, so everything it sends later speaks it too. The first
 * is the fallback.
 */
public enum GuestLanguage {
    EN("en"),
    ES("es"),
    DE("de");

    private final String tag;

    GuestLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code en}, {@code es}, {@code de}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language a tag names exactly ({@code "de"}), if Chit speaks it. */
    public static Optional<GuestLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }

    /**
     * The first language of an {@code Accept-Language} header that Chit speaks, by the header's
     * weights ({@code de-AT;q=0.9} counts as German); English when none is.
     */
    public static GuestLanguage fromAcceptLanguage(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header.get());
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
            Optional<GuestLanguage> spoken = ofTag(primary);
            if (spoken.isPresent() && range.getWeight() > 0) {
                return spoken.get();
            }
        }
        return EN;
    }
}
