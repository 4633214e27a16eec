package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What a careless or hostile client does to a good request. Each mutation says what it did in
 * {@link FuzzRequest#spoiled}, so a failure reads as a recipe.
 */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private interface Mutation {
        void apply(FuzzRequest request, Random random);
    }

    private static final List<Mutation> BODY = List.of(
            Mutations::wrongType, Mutations::missingField, Mutations::extraField, Mutations::hugeString,
            Mutations::emptyString, Mutations::edgeNumber, Mutations::nulInText, Mutations::loneSurrogate,
            Mutations::hugeArray, Mutations::deepNesting, Mutations::notUtf8, Mutations::truncated,
            Mutations::wrongContentType, Mutations::notAnObject, Mutations::oversized);

    private static final List<Mutation> REQUEST = List.of(
            Mutations::badIdempotencyKey, Mutations::badIfMatch, Mutations::badAuthorization,
            Mutations::badOrderToken, Mutations::badContentType, Mutations::badQuery, Mutations::badPathId,
            Mutations::otherMethod, Mutations::badRequestId, Mutations::hugeHeader);

    private Mutations() {
    }

    /** One or two mutations, most of them to the body when there is one. */
    static void spoil(FuzzRequest request, Random random) {
        int count = 1 + (random.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            List<Mutation> from = request.hasBody() && random.nextInt(3) > 0 ? BODY : REQUEST;
            from.get(random.nextInt(from.size())).apply(request, random);
        }
    }

    // ---- the body's JSON tree

    private static void wrongType(FuzzRequest request, Random random) {
        replaceSomeNode(request, random, "wrong type", pick(random, List.of(NODES.textNode("5"), NODES.numberNode(5),
                NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(),
                NODES.numberNode(2.5))));
    }

    private static void missingField(FuzzRequest request, Random random) {
        List<Located> fields = fields(request.body, "");
        if (fields.isEmpty()) {
            request.spoiled.add("nothing to remove");
            return;
        }
        Located field = pick(random, fields);
        ((ObjectNode) field.parent).remove(field.name);
        request.spoiled.add("removed " + field.path);
    }

    private static void extraField(FuzzRequest request, Random random) {
        List<Located> objects = objects(request.body, "");
        if (objects.isEmpty()) {
            request.spoiled.add("no object for an extra field");
            return;
        }
        Located object = pick(random, objects);
        String name = pick(random, List.of("fuzz", "__proto__", "constructor", "id", "price", "total", "admin", "role",
                "restaurantId", "status", "version", ""));
        ((ObjectNode) object.node).put(name, "extra");
        request.spoiled.add("extra field " + name + " in " + object.path);
    }

    private static void hugeString(FuzzRequest request, Random random) {
        replaceSomeText(request, random, "huge string", "x".repeat(pick(random, List.of(501, 4_096, 70_000, 200_000))));
    }

    private static void emptyString(FuzzRequest request, Random random) {
        replaceSomeText(request, random, "empty string", pick(random, List.of("", " ", "\t\n", "\u200b")));
    }

    private static void edgeNumber(FuzzRequest request, Random random) {
        List<JsonNode> edges = List.of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MAX_VALUE),
                NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode((long) Integer.MAX_VALUE + 1),
                NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                NODES.numberNode(BigInteger.TWO.pow(64)), NODES.numberNode(1e308), NODES.numberNode(-0.0),
                NODES.numberNode(0.1), NODES.numberNode(new java.math.BigDecimal("1e-400")));
        List<Located> numbers = all(request.body, "").stream().filter(l -> l.node.isNumber()).toList();
        JsonNode edge = pick(random, edges);
        if (numbers.isEmpty()) {
            replaceSomeNode(request, random, "edge number", edge);
            return;
        }
        Located number = pick(random, numbers);
        set(number, edge);
        request.spoiled.add("edge number " + edge + " at " + number.path);
    }

    private static void nulInText(FuzzRequest request, Random random) {
        replaceSomeText(request, random, "NUL", pick(random, List.of("\u0000", "ada\u0000", "a\u0000b@example.com")));
    }

    private static void loneSurrogate(FuzzRequest request, Random random) {
        replaceSomeText(request, random, "lone surrogate", pick(random, List.of("\ud800", "a\udc00b", "\udbff\udbff")));
    }

    private static void hugeArray(FuzzRequest request, Random random) {
        List<Located> arrays = all(request.body, "").stream().filter(l -> l.node.isArray()).toList();
        int size = pick(random, List.of(101, 1_000, 20_000));
        ArrayNode huge = NODES.arrayNode();
        JsonNode element = arrays.isEmpty() || arrays.getFirst().node.isEmpty()
                ? NODES.numberNode(1) : arrays.getFirst().node.get(0);
        for (int i = 0; i < size; i++) {
            huge.add(element.deepCopy());
        }
        if (arrays.isEmpty()) {
            replaceSomeNode(request, random, "huge array", huge);
            return;
        }
        Located array = pick(random, arrays);
        set(array, huge);
        request.spoiled.add("huge array (" + size + ") at " + array.path);
    }

    private static void deepNesting(FuzzRequest request, Random random) {
        int depth = pick(random, List.of(100, 1_500, 30_000));
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        String json = new String(request.bodyBytes() == null ? "{}".getBytes() : request.bodyBytes(),
                StandardCharsets.UTF_8);
        int brace = json.indexOf('{');
        request.rawBody = (brace < 0 ? nested : json.substring(0, brace + 1) + "\"deep\":" + nested
                + (json.substring(brace + 1).strip().startsWith("}") ? "" : ",") + json.substring(brace + 1))
                .getBytes(StandardCharsets.UTF_8);
        request.spoiled.add("nested " + depth + " deep");
    }

    private static void notUtf8(FuzzRequest request, Random random) {
        byte[] json = bytesOrEmptyObject(request);
        byte[] stray = pick(random, List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
        List<Integer> insideStrings = new ArrayList<>();
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '"') {
                insideStrings.add(i + 1);
            }
        }
        int at = insideStrings.isEmpty() ? random.nextInt(json.length + 1) : pick(random, insideStrings);
        byte[] spoiled = new byte[json.length + stray.length];
        System.arraycopy(json, 0, spoiled, 0, at);
        System.arraycopy(stray, 0, spoiled, at, stray.length);
        System.arraycopy(json, at, spoiled, at + stray.length, json.length - at);
        request.rawBody = spoiled;
        request.spoiled.add("bytes " + java.util.HexFormat.of().formatHex(stray) + " at " + at);
    }

    private static void truncated(FuzzRequest request, Random random) {
        byte[] json = bytesOrEmptyObject(request);
        int at = random.nextInt(json.length);
        request.rawBody = Arrays.copyOf(json, at);
        request.spoiled.add("truncated at " + at);
    }

    private static void wrongContentType(FuzzRequest request, Random random) {
        String type = pick(random, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=iso-8859-1", "application/jsonx",
                "application/json; charset=utf-16", "*/*", "application/problem+json"));
        request.header("Content-Type", type);
        request.spoiled.add("Content-Type " + type);
    }

    private static void notAnObject(FuzzRequest request, Random random) {
        String body = pick(random, List.of("null", "[]", "[{}]", "\"text\"", "42", "true", "{}{}", "{} []", "",
                "{\"a\":1,\"a\":2}", "\uFEFF{}", "{'a':1}", "{\"a\":NaN}", "{\"a\":01}", "/* */{}"));
        request.rawBody = body.getBytes(StandardCharsets.UTF_8);
        request.spoiled.add("body " + body);
    }

    private static void oversized(FuzzRequest request, Random random) {
        request.rawBody = ("{\"notes\":\"" + "n".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        request.spoiled.add("300 KiB body");
    }

    // ---- the rest of the request

    private static void badIdempotencyKey(FuzzRequest request, Random random) {
        String key = pick(random, List.of("", " ", "k".repeat(255), "k".repeat(256), "k".repeat(10_000),
                "caf\u00e9 \u00ff", "a b c", "\"quoted\"", UUID.randomUUID() + "," + UUID.randomUUID(), "a\u0000b"));
        if (random.nextInt(5) == 0) {
            request.removeHeader("Idempotency-Key");
            request.spoiled.add("no Idempotency-Key");
            return;
        }
        request.header("Idempotency-Key", key);
        request.spoiled.add("Idempotency-Key of " + key.length() + " chars");
    }

    private static void badIfMatch(FuzzRequest request, Random random) {
        String tag = pick(random, List.of("", "*", "\"1\"", "W/\"1\"", "1", "\"-1\"", "\"99999999999999999999\"",
                "\"1\", \"2\"", "\"abc\"", "\"" + "9".repeat(18) + "\"", "\u00ff"));
        request.header("If-Match", tag);
        request.spoiled.add("If-Match " + tag);
    }

    private static void badAuthorization(FuzzRequest request, Random random) {
        String value = pick(random, List.of("Bearer", "Bearer ", "Bearer garbage", "Basic Zm9vOmJhcg==",
                "Bearer " + "t".repeat(8_000), "bearer " + UUID.randomUUID(), "Bearer \u00ff\u00fe",
                "Bearer a.b.c", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", "Negotiate x"));
        request.header("Authorization", value);
        request.spoiled.add("Authorization " + (value.length() > 40 ? value.substring(0, 40) + "..." : value));
    }

    private static void badOrderToken(FuzzRequest request, Random random) {
        String value = pick(random, List.of("", "garbage", "t".repeat(5_000), UUID.randomUUID().toString(), "\u00ff",
                "\u0000"));
        request.header("X-Order-Token", value);
        request.spoiled.add("X-Order-Token of " + value.length() + " chars");
    }

    private static void badContentType(FuzzRequest request, Random random) {
        String value = pick(random, List.of("", ";", "application/json;;;", "application/json; charset=",
                "application/json; charset=\"utf-8", "APPLICATION/JSON", "application/json; boundary=x; charset=utf-8",
                "application", "/", "application/json\u00ff"));
        if (random.nextInt(4) == 0) {
            request.removeHeader("Content-Type");
            request.spoiled.add("no Content-Type");
            return;
        }
        request.header("Content-Type", value);
        request.spoiled.add("Content-Type " + value);
    }

    private static void badQuery(FuzzRequest request, Random random) {
        String raw = pick(random, List.of("%00", "%ff%fe", "%zz", "%", "%ED%A0%80", "-1", "0", "99999999999999999999",
                "x".repeat(4_000), "a,b,,c", "PLACED,PLACED", "%C0%80", "1e3", "2026-13-45", "%0d%0aX:%20y"));
        String name = request.query.isEmpty() || random.nextInt(3) == 0
                ? pick(random, List.of("limit", "cursor", "q", "status", "format", "from", "to", "date", "afterSeq",
                "unknown", "%00"))
                : request.query.remove(random.nextInt(request.query.size())).getKey();
        request.query.add(new java.util.AbstractMap.SimpleEntry<>(name, raw));
        request.spoiled.add("query " + name + "=" + (raw.length() > 30 ? raw.substring(0, 30) + "..." : raw));
    }

    private static void badPathId(FuzzRequest request, Random random) {
        if (request.pathValues.isEmpty()) {
            request.spoiled.add("no path id");
            return;
        }
        List<String> names = new ArrayList<>(request.pathValues.keySet());
        String name = pick(random, names);
        String value = pick(random, List.of(UUID.randomUUID().toString(), "not-a-uuid", "%00", "%ff", "x".repeat(3_000),
                "..%2F..", "00000000-0000-0000-0000-000000000000", "1-1-1-1-1", UUID.randomUUID().toString().toUpperCase()));
        request.pathValues.put(name, value);
        request.spoiled.add("path " + name + "=" + (value.length() > 40 ? value.substring(0, 40) + "..." : value));
    }

    private static void otherMethod(FuzzRequest request, Random random) {
        String method = pick(random, List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD"));
        request.method = method;
        request.spoiled.add("method " + method);
    }

    private static void badRequestId(FuzzRequest request, Random random) {
        String value = pick(random, List.of("", "x".repeat(201), "a b", "\u00ff", "id\u0007"));
        request.header("X-Request-Id", value);
        request.spoiled.add("X-Request-Id of " + value.length() + " chars");
    }

    private static void hugeHeader(FuzzRequest request, Random random) {
        int size = pick(random, List.of(4_000, 20_000, 70_000));
        request.header("X-Fuzz", "h".repeat(size));
        request.spoiled.add("header of " + size + " chars");
    }

    // ---- finding places in the tree

    private record Located(JsonNode parent, String name, int index, JsonNode node, String path) {
    }

    private static void replaceSomeNode(FuzzRequest request, Random random, String what, JsonNode value) {
        List<Located> places = all(request.body, "").stream().filter(l -> l.parent != null).toList();
        if (places.isEmpty()) {
            request.body = value;
            request.spoiled.add(what + ": the whole body");
            return;
        }
        Located place = pick(random, places);
        set(place, value);
        request.spoiled.add(what + " at " + place.path);
    }

    private static void replaceSomeText(FuzzRequest request, Random random, String what, String text) {
        List<Located> texts = all(request.body, "").stream().filter(l -> l.node.isTextual() && l.parent != null).toList();
        if (texts.isEmpty()) {
            replaceSomeNode(request, random, what, NODES.textNode(text));
            return;
        }
        Located place = pick(random, texts);
        set(place, NODES.textNode(random.nextBoolean() ? text : place.node.asText() + text));
        request.spoiled.add(what + " at " + place.path);
    }

    private static void set(Located place, JsonNode value) {
        if (place.parent instanceof ObjectNode object) {
            object.set(place.name, value);
        } else if (place.parent instanceof ArrayNode array) {
            array.set(place.index, value);
        }
    }

    private static List<Located> all(JsonNode root, String path) {
        List<Located> found = new ArrayList<>();
        if (root != null) {
            collect(null, null, -1, root, path, found);
        }
        return found;
    }

    private static void collect(JsonNode parent, String name, int index, JsonNode node, String path, List<Located> found) {
        found.add(new Located(parent, name, index, node, path));
        if (node.isObject()) {
            node.properties().forEach(p -> collect(node, p.getKey(), -1, p.getValue(),
                    path.isEmpty() ? p.getKey() : path + "." + p.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node, null, i, node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static List<Located> fields(JsonNode root, String path) {
        return all(root, path).stream().filter(l -> l.parent instanceof ObjectNode).toList();
    }

    private static List<Located> objects(JsonNode root, String path) {
        return all(root, path).stream().filter(l -> l.node.isObject()).toList();
    }

    private static byte[] bytesOrEmptyObject(FuzzRequest request) {
        byte[] bytes = request.bodyBytes();
        return bytes == null || bytes.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : bytes;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
