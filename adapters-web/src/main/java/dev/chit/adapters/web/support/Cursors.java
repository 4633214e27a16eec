package dev.chit.adapters.web.support;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * The one way list cursors travel: base64url without padding, opaque to clients. What the bytes
 * hold is each list's business; a text that is not one of them is refused (400) the same way.
 */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @throws MalformedParameter naming {@code cursor} when {@code text} is longer than {@code maxLength} or not base64url */
    public static ByteBuffer decode(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw invalid();
        }
        try {
            return ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    public static MalformedParameter invalid() {
        return new MalformedParameter("cursor", "invalid-cursor",
                "cursor is not one this server handed out; start again without it");
    }
}
