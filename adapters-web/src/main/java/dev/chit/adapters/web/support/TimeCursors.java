package dev.chit.adapters.web.support;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code cursor} of lists sorted by a time, then id (the undelivered emails and webhook
 * deliveries, newest first): opaque to clients. Today base64url of a format byte, the last row's
 * time (seconds and nanoseconds) and id. Anything else is refused (400) rather than guessed at.
 */
public final class TimeCursors {

    /** Where a page by time ended: the last row's time and id. */
    public record TimeAndId(Instant at, UUID id) {

        public TimeAndId {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(id, "id");
        }
    }

    private static final byte FORMAT = 1;
    private static final int BYTES = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES;
    private static final int MAX_TEXT_LENGTH = 64;

    private TimeCursors() {
    }

    public static String encode(Instant at, UUID id) {
        return Cursors.encode(ByteBuffer.allocate(BYTES)
                .put(FORMAT)
                .putLong(at.getEpochSecond())
                .putInt(at.getNano())
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array());
    }

    /** @throws MalformedParameter naming {@code cursor} when it is not one this server made */
    public static TimeAndId decode(String text) {
        ByteBuffer bytes = Cursors.decode(text, MAX_TEXT_LENGTH);
        if (bytes.remaining() != BYTES || bytes.get() != FORMAT) {
            throw Cursors.invalid();
        }
        try {
            long seconds = bytes.getLong();
            int nanos = bytes.getInt();
            if (nanos < 0 || nanos > 999_999_999) {
                throw Cursors.invalid();
            }
            return new TimeAndId(Instant.ofEpochSecond(seconds, nanos), new UUID(bytes.getLong(), bytes.getLong()));
        } catch (DateTimeException | ArithmeticException outOfRange) {
            throw Cursors.invalid();
        }
    }
}
