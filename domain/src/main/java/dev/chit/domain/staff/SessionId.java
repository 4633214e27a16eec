package dev.chit.domain.staff;

import java.util.Objects;
import java.util.UUID;

/** Names a sign-in session. Not a secret: the bearer token is, and it is never stored. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
