package dev.chit.domain.delivery;

import java.util.Objects;
import java.util.UUID;

/**
 * A message claimed by one sender until its lease runs out: {@code claim} proves it is still
 * theirs when they report back, so a sender whose lease ran out (and whose message another one
 * took) changes nothing.
 */
public record Leased<M extends Queued>(M message, UUID claim) {

    public Leased {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(claim, "claim");
    }
}
