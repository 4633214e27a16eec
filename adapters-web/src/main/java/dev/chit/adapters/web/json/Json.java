package dev.chit.adapters.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The one JSON setup of the API. Reading is strict, because a client's mistake should come back
 * as a 400 naming the field rather than be guessed at: wrong types, numbers with fractions for
 * integers (money is integer minor units, never floating point), unknown enum values, duplicate
 * keys, trailing tokens and unknown fields all fail.
 *
 * <p>Unknown fields fail like Stripe's unknown parameters do: a typo ({@code "quantiy"}) must not
 * silently fall back to a default. Request records that want to tolerate a field (prices a client
 * echoes back, which the server ignores) say so with {@code @JsonIgnoreProperties}.
 *
 * <p>Writing uses the record components' names (lowerCamelCase), writes absent values as
 * {@code null} so that clients see a stable shape, and writes instants as RFC 3339 UTC with
 * milliseconds ({@link Rfc3339}).
 */
public final class Json {

    private final ObjectMapper mapper;

    public Json() {
        JsonMapper built = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(new SimpleModule("chit")
                        .addSerializer(Instant.class, new Rfc3339.Writer())
                        .addDeserializer(Instant.class, new Rfc3339.Reader())
                        .addDeserializer(UUID.class, new StrictUuid()))
                .build();
        // "5" is not 5 and 5 is not "5": no coercion between JSON scalars of different kinds.
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            built.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        built.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        built.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.mapper = built;
    }

    /**
     * Reads a request body into {@code type}.
     *
     * @throws UnreadableJson naming the offending field, when the body is not what {@code type} needs
     *                        or a text in it is not UTF-8
     * @throws dev.chit.domain.error.InvalidInput naming the field, when a text holds a NUL character
     *                        ({@link StorableText})
     */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new UnreadableJson(null, "empty-body", "the request body is empty; send a JSON object");
        }
        try {
            T value = mapper.readValue(StorableText.checked(body, mapper), type);
            if (value == null) {
                throw new UnreadableJson(null, "wrong-type", "the request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ReadFailures.explain(e);
        } catch (IOException e) {
            throw new UnreadableJson(null, "malformed-json", "the request body could not be read as JSON");
        }
    }

    /** Reads JSON this API wrote itself (a stored response), as a tree. */
    public JsonNode tree(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }
}
