package dev.chit.domain.error;

import java.util.Objects;

/**
 * One thing wrong with what a client sent, named by the field it sits in
 * ({@code lines[2].optionIds}) and a stable code that clients may branch on.
 */
public record Violation(String field, String code, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
