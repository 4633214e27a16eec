package dev.chit.adapters.web.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns Jackson's complaints into messages for API clients. Jackson's own messages name Java
 * classes and are written for Java programmers; these name the JSON field and what it must be.
 */
final class ReadFailures {

    private ReadFailures() {
    }

    static RuntimeException explain(JsonProcessingException failure) {
        return switch (failure) {
            case UnrecognizedPropertyException unknown -> new UnreadableJson(path(unknown), "unknown-field",
                    fieldOrBody(path(unknown)) + " is not a field of this request");
            case InvalidFormatException invalid -> wrongValue(path(invalid), invalid.getTargetType());
            case MismatchedInputException mismatched -> mismatched(mismatched);
            case InvalidDefinitionException bug -> new IllegalStateException("a request type cannot be read", bug);
            case JsonMappingException wrapped when wrapped.getCause() instanceof InputCoercionException ->
                    new UnreadableJson(path(wrapped), "out-of-range", fieldOrBody(path(wrapped)) + " is out of range");
            case JsonMappingException other -> new UnreadableJson(path(other), "invalid-value",
                    fieldOrBody(path(other)) + " has a value that cannot be read");
            case InputCoercionException tooBig -> new UnreadableJson(path(tooBig.getProcessor()), "out-of-range",
                    fieldOrBody(path(tooBig.getProcessor())) + " is out of range");
            default -> syntax(failure);
        };
    }

    private static UnreadableJson mismatched(MismatchedInputException mismatched) {
        String field = path(mismatched);
        String message = String.valueOf(mismatched.getOriginalMessage());
        if (field.isEmpty() && message.startsWith("Trailing token")) {
            return new UnreadableJson(null, "trailing-content", "the request body must hold exactly one JSON object");
        }
        if (field.isEmpty()) {
            return new UnreadableJson(null, "wrong-type", "the request body must be a JSON object");
        }
        return wrongValue(field, mismatched.getTargetType());
    }

    private static UnreadableJson wrongValue(String field, Class<?> target) {
        boolean format = target != null && (target.isEnum() || target == UUID.class || target == Instant.class);
        return new UnreadableJson(field, format ? "invalid-value" : "wrong-type",
                fieldOrBody(field) + " must be " + expected(target));
    }

    private static UnreadableJson syntax(JsonProcessingException failure) {
        String message = String.valueOf(failure.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            String field = failure.getProcessor() instanceof JsonParser parser ? path(parser) : "";
            return new UnreadableJson(field, "duplicate-field", fieldOrBody(field) + " appears more than once");
        }
        JsonLocation at = failure.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new UnreadableJson(null, "malformed-json", "the request body is not valid JSON" + where);
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "an integer (no fractions: amounts are in minor units)";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == UUID.class) {
            return "a UUID";
        }
        if (target == Instant.class) {
            return "an RFC 3339 timestamp such as 2026-11-25T19:04:05.123Z";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }

    private static String fieldOrBody(String field) {
        return field.isEmpty() ? "the request body" : field;
    }

    /** {@code lines[0].quantity} from the references Jackson kept while binding. */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The same, from where the parser stood when it failed (syntax-level failures carry no references). */
    static String path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            } else if (context.inArray()) {
                parts.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
