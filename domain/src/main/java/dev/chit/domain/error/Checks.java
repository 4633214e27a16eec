package dev.chit.domain.error;

import java.util.regex.Pattern;

/**
 * Argument checks for compact constructors that turn a bad value into an {@link InvalidInput}
 * naming the field, so that a client's mistake reaches it as a 422 with the field named rather
 * than as a fault.
 */
public final class Checks {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern LINE_BREAK_OR_TAB = Pattern.compile("[\\n\\t]");

    private Checks() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        return value;
    }

    /** A required single-line text, trimmed, of at most {@code maxLength} characters. */
    public static String text(String value, String field, int maxLength) {
        String checked = multilineText(value, field, maxLength);
        // A name or an email travels into headers, tickets and CSV cells, where a line break
        // would start something new.
        if (LINE_BREAK_OR_TAB.matcher(checked).find()) {
            throw new InvalidInput(field, "control-characters", field + " must be a single line");
        }
        return checked;
    }

    /** A required text, trimmed, that may hold line breaks (an address), but no other control characters. */
    public static String multilineText(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput(field, "required", field + " must not be blank");
        }
        return boundedText(trimmed, field, maxLength);
    }

    /** Free text (a note), which may hold line breaks but no other control characters. */
    public static String boundedText(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidInput(field, "too-long", field + " must be at most " + maxLength + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidInput(field, "control-characters", field + " must not contain control characters");
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInput(field, "out-of-range", field + " must be between " + min + " and " + max);
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidInput(field, "negative", field + " must not be negative");
        }
        return value;
    }
}
