package dev.chit.adapters.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chit.domain.error.InvalidInput;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text every store and every reader of this API can take: valid UTF-8 without NUL characters.
 * PostgreSQL refuses a NUL in text outright (a fault, were it let through), and a lone surrogate
 * (from a {@code \ud800} escape or from bytes that are not UTF-8) has no UTF-8 form at all: the
 * driver would store it as {@code ?}, so the client's text would silently change. Both are
 * refused before anything reads the request, whatever field or parameter carries them.
 */
public final class StorableText {

    /** What stands for a byte that is not UTF-8: a lone surrogate, which no valid UTF-8 decodes to. */
    private static final String NOT_UTF_8 = "\uDBFF";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StorableText() {
    }

    /** Why {@code text} cannot be stored as it is; empty when it can. */
    public static Optional<Flaw> flaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(Flaw.NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(Flaw.NOT_UTF_8);
            }
        }
        return Optional.empty();
    }

    /** The two ways text fails, each with the code and status a client sees. */
    public enum Flaw {
        /** Well-formed JSON that the database cannot hold: invalid input (422), as other control characters are. */
        NUL("control-characters", "must not contain NUL characters (\\u0000)"),
        /** Not text at all: the request is malformed (400). */
        NOT_UTF_8("invalid-utf8", "must be valid UTF-8 text (no stray bytes, no lone surrogates such as \\ud800)");

        private final String code;
        private final String rule;

        Flaw(String code, String rule) {
            this.code = code;
            this.rule = rule;
        }

        public String code() {
            return code;
        }

        /** The message for {@code field}, as a client reads it. */
        public String message(String field) {
            return field + " " + rule;
        }
    }

    /**
     * A request body as text, once every string and field name in it has been checked. Syntax
     * errors are left to the binding that follows, which explains them; only the flaws of text
     * are found here, with the field they sit in.
     *
     * @throws InvalidInput   when a string holds a NUL character
     * @throws UnreadableJson when a string is not UTF-8 (its bytes, or a lone surrogate escape)
     */
    static String checked(byte[] body, ObjectMapper mapper) {
        String text = decode(body);
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    Optional<Flaw> flaw = flaw(parser.getText());
                    if (flaw.isPresent()) {
                        throw refusal(flaw.get(), ReadFailures.path(parser));
                    }
                }
            }
        } catch (IOException syntax) {
            // Not JSON: the binding says where, in the client's terms.
        }
        return text;
    }

    private static RuntimeException refusal(Flaw flaw, String path) {
        // The path may itself hold the flaw (a field name with a NUL): it is not echoed as it was sent.
        String field = path.isEmpty() ? "the request body" : path.replace('\u0000', '\uFFFD')
                .replaceAll("[\\uD800-\\uDFFF]", "\uFFFD");
        String message = flaw.message(field);
        return flaw == Flaw.NUL
                ? new InvalidInput(field, flaw.code(), message)
                : new UnreadableJson(field, flaw.code(), message);
    }

    // Bytes that are not UTF-8 become a lone surrogate, which the scan above refuses with its field.
    private static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(NOT_UTF_8);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(body));
            // RFC 8259 lets a parser ignore a byte order mark; Jackson always did.
            if (chars.hasRemaining() && chars.charAt(0) == BYTE_ORDER_MARK) {
                chars.position(chars.position() + 1);
            }
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reports nothing", e);
        }
    }
}
