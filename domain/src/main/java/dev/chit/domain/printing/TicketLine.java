package dev.chit.domain.printing;

import java.util.Objects;

/**
 * One line of a ticket as laid out for a printer's width, with how it stands out: the printer's
 * encoding turns the style into its commands, a plain-text printer prints the text alone.
 */
public record TicketLine(String text, Style style) {

    /** {@code LARGE} is double width and height (so half the columns); {@code HIGHLIGHT} is printed reversed. */
    public enum Style {
        NORMAL,
        BOLD,
        LARGE,
        HIGHLIGHT,
        CENTERED
    }

    public TicketLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a ticket line holds no line breaks");
        }
    }

    public static TicketLine normal(String text) {
        return new TicketLine(text, Style.NORMAL);
    }
}
