package dev.chit.adapters.web.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code cursor} of lists sorted by name, then id (restaurants, staff): opaque to clients.
 * Today base64url of a format byte, the last row's id and its name (UTF-8), where the next page
 * starts. Anything else is refused (400) rather than guessed at.
 */
public final class NameCursors {

    /** Where a page by name ended: the last row's name and id. */
    public record NameAndId(String name, UUID id) {

        public NameAndId {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
        }
    }

    private static final byte FORMAT = 1;
    private static final int FIXED_BYTES = 1 + 2 * Long.BYTES;
    // A name is at most 200 characters, so at most 800 bytes of UTF-8, base64 a third longer.
    private static final int MAX_TEXT_LENGTH = 1100;

    private NameCursors() {
    }

    public static String encode(String name, UUID id) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(FIXED_BYTES + text.length)
                .put(FORMAT)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .put(text);
        return Cursors.encode(bytes.array());
    }

    /** @throws MalformedParameter naming {@code cursor} when it is not one this server made */
    public static NameAndId decode(String text) {
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
            return new NameAndId(name, id);
        } catch (CharacterCodingException notUtf8) {
            throw Cursors.invalid();
        }
    }
}
