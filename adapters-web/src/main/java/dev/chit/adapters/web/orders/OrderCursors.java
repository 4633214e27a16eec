package dev.chit.adapters.web.orders;

import dev.chit.adapters.web.support.Cursors;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.port.OrderCursor;
import dev.chit.domain.port.OrderSort;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code cursor} of order lists: opaque to clients, so that what it holds may change. Today
 * it is base64url of a format byte, the sort it was made for, and the last order's
 * {@code placedAt} and id, where the next page starts. A cursor that does not decode to exactly
 * that, or was made for the other sort, is refused (400) rather than guessed at.
 */
final class OrderCursors {

    private static final byte FORMAT = 1;
    private static final int BYTES = 1 + 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES;
    private static final int MAX_TEXT_LENGTH = 64;

    private OrderCursors() {
    }

    static String encode(OrderCursor cursor, OrderSort sort) {
        ByteBuffer bytes = ByteBuffer.allocate(BYTES)
                .put(FORMAT)
                .put((byte) sort.ordinal())
                .putLong(cursor.placedAt().getEpochSecond())
                .putInt(cursor.placedAt().getNano())
                .putLong(cursor.orderId().value().getMostSignificantBits())
                .putLong(cursor.orderId().value().getLeastSignificantBits());
        return Cursors.encode(bytes.array());
    }

    /** @throws MalformedParameter naming {@code cursor} when it is not one this server made for {@code sort} */
    static OrderCursor decode(String text, OrderSort sort) {
        ByteBuffer bytes = Cursors.decode(text, MAX_TEXT_LENGTH);
        if (bytes.remaining() != BYTES || bytes.get() != FORMAT) {
            throw Cursors.invalid();
        }
        if (bytes.get() != sort.ordinal()) {
            throw new MalformedParameter("cursor", "cursor-sort-mismatch",
                    "this cursor belongs to a list in another order; keep the sort it was made with");
        }
        try {
            Instant placedAt = Instant.ofEpochSecond(bytes.getLong(), bytes.getInt());
            if (placedAt.getNano() < 0) {
                throw Cursors.invalid();
            }
            return new OrderCursor(placedAt, new OrderId(new UUID(bytes.getLong(), bytes.getLong())));
        } catch (DateTimeException | ArithmeticException outOfRange) {
            throw Cursors.invalid();
        }
    }
}
