package dev.chit.domain.staff;

import dev.chit.domain.error.InvalidInput;

/**
 * A password someone chose, before it is hashed: at least {@value #MIN_LENGTH} characters,
 * which matters more than mixing character classes, and at most {@value #MAX_LENGTH}, so that
 * hashing it stays cheap. {@code toString} does not show it, so it cannot reach a log.
 */
public record NewPassword(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1024;

    public NewPassword {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("password", "required", "password is required");
        }
        if (value.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "too-short", "password must be at least " + MIN_LENGTH + " characters");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput("password", "too-long", "password must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "NewPassword[***]";
    }
}
