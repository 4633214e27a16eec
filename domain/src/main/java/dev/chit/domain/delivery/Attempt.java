package dev.chit.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One try at sending, as it is reported to the queue: when, the receiver's status code when
 * it answered (webhooks), and what went wrong when it failed.
 */
public record Attempt(Instant at, Optional<Integer> statusCode, Optional<String> error) {

    public static final int MAX_ERROR_LENGTH = 1000;

    public Attempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(statusCode, "statusCode");
        error = Objects.requireNonNull(error, "error").map(Attempt::bounded);
    }

    public static Attempt succeeded(Instant at) {
        return new Attempt(at, Optional.empty(), Optional.empty());
    }

    public static Attempt failed(Instant at, String error) {
        return new Attempt(at, Optional.empty(), Optional.of(error));
    }

    /** Errors are kept to a length a column holds and a person reads. */
    public static String bounded(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
