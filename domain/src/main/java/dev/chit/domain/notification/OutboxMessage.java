package dev.chit.domain.notification;

import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Queued;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice waiting in the outbox, or what became of it. {@code id} is the message's stable
 * identity: it is the same on every attempt, and goes out with the email (its
 * {@code Message-ID}), so that a receiver can drop the duplicate an at-least-once sender may make.
 *
 * @param attempts      how many times it was claimed for sending
 * @param nextAttemptAt when it is due; while claimed, when the claim runs out
 * @param requeuedAt    when a manager last sent it back to the queue after it was given up on
 */
public record OutboxMessage(
        UUID id,
        Notice notice,
        Status status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Optional<Instant> sentAt,
        Optional<Instant> requeuedAt) implements Queued {

    /** PENDING: to send (or being sent); SENT: done; DEAD: given up on, for a person to look at. */
    public enum Status {
        PENDING,
        SENT,
        DEAD
    }

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        lastError = Objects.requireNonNull(lastError, "lastError").map(OutboxMessage::bounded);
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(requeuedAt, "requeuedAt");
    }

    /** A new message, due at once. */
    public static OutboxMessage pending(UUID id, Notice notice, Instant at) {
        return new OutboxMessage(id, notice, Status.PENDING, 0, at, at, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static String bounded(String error) {
        return Attempt.bounded(error);
    }
}
