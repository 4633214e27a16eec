package dev.chit.adapters.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids as clients send them, in bodies and in paths: only the canonical 8-4-4-4-12 hex form.
 * Jackson's own reader also takes base64, and {@link UUID#fromString} takes short groups
 * ("1-1-1-1-1"); neither is an id this API ever handed out.
 */
public final class StrictUuid extends StdScalarDeserializer<UUID> {

    private static final Pattern CANONICAL =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    StrictUuid() {
        super(UUID.class);
    }

    /** The id in {@code text}, or empty when it is not a canonical UUID. */
    public static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches()
                ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (UUID) context.handleUnexpectedToken(UUID.class, parser);
        }
        String text = parser.getText();
        Optional<UUID> id = parse(text);
        if (id.isPresent()) {
            return id.get();
        }
        return (UUID) context.handleWeirdStringValue(UUID.class, text, "not a UUID");
    }
}
