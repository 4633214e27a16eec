package dev.chit.adapters.web.restaurants;

import dev.chit.adapters.web.support.Cursors;
import dev.chit.adapters.web.support.MalformedParameter;
import dev.chit.domain.port.RestaurantQuery.RestaurantCursor;
import dev.chit.domain.restaurant.RestaurantId;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code cursor} of restaurant lists: opaque to clients. Today base64url of a format byte,
 * the last restaurant's id and its name (UTF-8), where the next page starts by name then id.
 * Anything else is refused (400) rather than guessed at.
 */
final class RestaurantCursors {

    private static final byte FORMAT = 1;
    private static final int FIXED_BYTES = 1 + 2 * Long.BYTES;
    // A name is at most 200 characters, so at most 800 bytes of UTF-8, base64 a third longer.
    private static final int MAX_TEXT_LENGTH = 1100;

    private RestaurantCursors() {
    }

    static String encode(RestaurantCursor cursor) {
        byte[] name = cursor.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(FIXED_BYTES + name.length)
                .put(FORMAT)
                .putLong(cursor.id().value().getMostSignificantBits())
                .putLong(cursor.id().value().getLeastSignificantBits())
                .put(name);
        return Cursors.encode(bytes.array());
    }

    /** @throws MalformedParameter naming {@code cursor} when it is not one this server made */
    static RestaurantCursor decode(String text) {
        ByteBuffer bytes = Cursors.decode(text, MAX_TEXT_LENGTH);
        if (bytes.remaining() <= FIXED_BYTES || bytes.get() != FORMAT) {
            throw Cursors.invalid();
        }
        UUID id = new UUID(bytes.getLong(), bytes.getLong());
        try {
            String name = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return new RestaurantCursor(name, new RestaurantId(id));
        } catch (CharacterCodingException notUtf8) {
            throw Cursors.invalid();
        }
    }
}
