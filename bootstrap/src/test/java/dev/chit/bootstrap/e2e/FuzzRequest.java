package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request of the fuzz test as it is built and then spoiled: the documented operation, its
 * parameters, headers and body, and the list of what was done to it (for the failure message).
 */
final class FuzzRequest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // A lone surrogate has no UTF-8 form: Jackson writes it only as an escape (\ud800), as a client would.
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    final String operation;
    String method;
    final String pathTemplate;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    /** Name and value, both already percent-encoded as they go on the wire. */
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    JsonNode body;
    /** Bytes that replace the body's JSON (truncated, not UTF-8, ...). */
    byte[] rawBody;
    final List<String> spoiled = new ArrayList<>();

    FuzzRequest(String operation, String method, String pathTemplate) {
        this.operation = operation;
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    void queryParameter(String name, String value) {
        query.add(new SimpleEntry<>(encode(name), encode(value)));
    }

    void header(String name, String value) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        headers.add(new SimpleEntry<>(name, value));
    }

    void removeHeader(String name) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
    }

    boolean hasBody() {
        return body != null || rawBody != null;
    }

    String target() {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.stream().map(q -> q.getKey() + "=" + q.getValue()).collect(Collectors.joining("&"));
    }

    byte[] bodyBytes() {
        if (rawBody != null) {
            return rawBody;
        }
        if (body == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException unpaired) {
            try {
                return ESCAPING.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Everything needed to send this request again by hand. */
    String describe() {
        byte[] bytes = bodyBytes();
        String shownBody = bytes == null ? "(none)" : bytes.length > 600
                ? new String(bytes, 0, 600, StandardCharsets.UTF_8) + "... (" + bytes.length + " bytes)"
                : new String(bytes, StandardCharsets.UTF_8);
        String shownHeaders = headers.stream()
                .map(h -> h.getKey() + ": " + (h.getValue().length() > 120 ? h.getValue().substring(0, 120) + "..." : h.getValue()))
                .collect(Collectors.joining(" | "));
        String target = target();
        return operation + " [" + String.join(", ", spoiled) + "]\n    " + method + " "
                + (target.length() > 300 ? target.substring(0, 300) + "..." : target)
                + "\n    headers: " + shownHeaders + "\n    body: " + shownBody;
    }
}
