package dev.chit.domain.photo;

import dev.chit.domain.error.InvalidInput;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A photo's name: the SHA-256 of its large rendition, in lower-case hex. It goes into the
 * photo's URL, so a new photo has a new URL and the old one can be cached for a year.
 */
public record PhotoHash(String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PhotoHash {
        Objects.requireNonNull(value, "value");
        if (!HEX.matcher(value).matches()) {
            throw new InvalidInput("photo", "malformed", "a photo is named by 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
