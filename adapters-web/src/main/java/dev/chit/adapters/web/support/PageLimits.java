package dev.chit.adapters.web.support;

/** The {@code limit} of a keyset-paginated list (API.md: 1 to 200), read one way for every list. */
public final class PageLimits {

    private PageLimits() {
    }

    /** @throws MalformedParameter naming {@code limit} when {@code text} is not a whole number from 1 to {@code max} */
    public static int parse(String text, int max) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, as an out-of-range number is.
        }
        throw new MalformedParameter("limit", "invalid-value", "limit must be a whole number from 1 to " + max);
    }
}
