package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values that fit a schema of the OpenAPI document: every required property, some optional ones,
 * enums, bounds and formats respected. Where the schema cannot say what the server will find
 * (which menu item exists, which email signs in), a hint by property name gives a real value.
 */
final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WORDS = List.of("ada", "harbour", "lemonade", "ring twice", "Zoë", "naïve",
            "漢字", "🍔", "no pickles", "table 7", "O'Brien", "50% off", "<b>bold</b>", "\"quoted\"");

    /** A property's value given by name; {@link Optional#empty()} leaves the property out. */
    interface Hint extends Function<Random, Optional<JsonNode>> {
    }

    private final JsonNode document;
    private final Random random;
    private final Map<String, Hint> hints;

    SchemaSamples(JsonNode document, Random random, Map<String, Hint> hints) {
        this.document = document;
        this.random = random;
        this.hints = hints;
    }

    /** A value for {@code schema}, as the property {@code name} (empty for a body or array item). */
    JsonNode sample(JsonNode schema, String name) {
        Hint hint = hints.get(name);
        if (hint != null) {
            return hint.apply(random).orElse(null);
        }
        JsonNode resolved = resolve(schema);
        if (resolved.has("allOf")) {
            return object(merged(resolved.get("allOf")));
        }
        if (resolved.has("oneOf") || resolved.has("anyOf")) {
            List<JsonNode> choices = new ArrayList<>();
            resolved.path(resolved.has("oneOf") ? "oneOf" : "anyOf").forEach(choices::add);
            List<JsonNode> notNull = choices.stream().filter(choice -> !"null".equals(resolve(choice).path("type").asText()))
                    .toList();
            return sample(notNull.isEmpty() ? choices.getFirst() : notNull.get(random.nextInt(notNull.size())), "");
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(random.nextInt(resolved.get("enum").size()));
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved);
            case "array" -> array(resolved);
            case "integer" -> NODES.numberNode(integer(resolved));
            case "number" -> NODES.numberNode(integer(resolved));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(string(resolved));
        };
    }

    /** The schema {@code schema} names, following {@code $ref}s into the document. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            List<String> notNull = types.stream().filter(t -> !t.equals("null")).toList();
            return notNull.isEmpty() ? "null" : notNull.get(random.nextInt(notNull.size()));
        }
        if (type.isMissingNode()) {
            return schema.has("properties") ? "object" : "string";
        }
        return type.asText();
    }

    private ObjectNode merged(JsonNode parts) {
        ObjectNode merged = NODES.objectNode();
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode part : parts) {
            JsonNode resolved = resolve(part);
            resolved.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(required::add);
        }
        return merged;
    }

    private JsonNode object(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        ObjectNode object = NODES.objectNode();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        properties.forEach((name, property) -> {
            if (resolve(property).path("readOnly").asBoolean(false)) {
                return;
            }
            if (required.contains(name) || random.nextBoolean()) {
                JsonNode value = sample(property, name);
                if (value != null) {
                    object.set(name, value);
                }
            }
        });
        return object;
    }

    private JsonNode array(JsonNode schema) {
        int min = Math.max(1, schema.path("minItems").asInt(1));
        int max = Math.max(min, Math.min(schema.path("maxItems").asInt(3), 3));
        ArrayNode array = NODES.arrayNode();
        int size = min + random.nextInt(max - min + 1);
        for (int i = 0; i < size; i++) {
            array.add(sample(schema.path("items"), ""));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 100;
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date-time":
                return Instant.now().plus(Duration.ofDays(1)).toString();
            case "date":
                return LocalDate.now(ZoneOffset.UTC).toString();
            case "email":
                return "fuzz-" + Integer.toHexString(random.nextInt()) + "@example.com";
            case "uri":
                return "https://hooks.invalid/chit";
            default:
                break;
        }
        if (schema.path("pattern").asText().contains(":")) {
            return "09:30";
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(40);
        StringBuilder text = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
        while (text.length() < min) {
            text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
        }
        String whole = text.toString();
        // Cut at a character, never inside one: half an emoji would be a lone surrogate.
        return whole.codePointCount(0, whole.length()) > max
                ? whole.substring(0, whole.offsetByCodePoints(0, Math.max(min, max)))
                : whole;
    }
}
