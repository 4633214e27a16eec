package dev.chit.domain.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in a delivery queue. {@code id} is the same on every attempt (the receiver drops
 * duplicates by it); {@code attempts} counts the claims so far; the retry policy reckons from
 * {@code createdAt}.
 */
public interface Queued {

    UUID id();

    int attempts();

    Instant createdAt();
}
