package dev.chit.domain.staff;

import java.util.Objects;

/**
 * A password as stored: an encoded hash (algorithm, parameters, salt and digest in one
 * string), never the password. {@code toString} does not show it, so it cannot reach a log.
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
