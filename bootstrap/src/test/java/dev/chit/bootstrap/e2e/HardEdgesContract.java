package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless or hostile client sends, through the whole server: each refusal is a clear
 * problem document naming what is wrong, carries the request id, leaks nothing of the server's
 * insides, and changes nothing (the next good order is still #1).
 */
abstract class HardEdgesContract extends SignedInFlow {

    private static final String ORDERS = "/api/v1/orders";

    @Test
    void everyRefusal_isAProblemDocument_andNothingIsWritten() {
        assertRefused(send(oversized(), "application/json"), 413, "/problems/payload-too-large");
        assertRefused(send(validOrder().getBytes(StandardCharsets.UTF_8), "text/plain"), 415,
                "/problems/unsupported-media-type");
        assertRefused(send(validOrder().getBytes(StandardCharsets.UTF_8), ";"), 415, "/problems/unsupported-media-type");
        assertRefused(send("{\"restaurantId\": ".getBytes(StandardCharsets.UTF_8), "application/json"), 400,
                "/problems/malformed-request");
        assertRefused(send(with("tip", "three dollars"), "application/json"), 400, "/problems/malformed-request",
                "tip");
        assertRefused(send(with("fulfillment", Map.of("type", "DRONE")), "application/json"), 400,
                "/problems/malformed-request", "fulfillment.type");
        assertRefused(send(with("tip", 1.5), "application/json"), 400, "/problems/malformed-request", "tip");
        assertRefused(send(with("tip", -100), "application/json"), 422, "/problems/validation", "tip");
        assertRefused(send(with("customer", Map.of("name", "x".repeat(201), "email", "ada@example.com")),
                "application/json"), 422, "/problems/validation", "customer.name");
        assertRefused(send(with("notes", "ring\u0000the bell"), "application/json"), 422, "/problems/validation",
                "notes");
        assertRefused(send(with("notes", "n".repeat(501)), "application/json"), 422, "/problems/validation", "notes");
        assertRefused(send(withLine("quantity", 1_000_000_000_000L), "application/json"), 400,
                "/problems/malformed-request", "lines[0].quantity");
        assertRefused(send(withLine("quantity", 0), "application/json"), 422, "/problems/validation",
                "lines[0].quantity");

        var board = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders", manager());
        assertThat(board.json().get("items")).as("orders after the refusals").isEmpty();
        JsonNode first = placeOrder();
        assertThat(first.get("number").asLong()).isEqualTo(1);
    }

    @Test
    void textTheDatabaseCannotStore_isRefusedNamingTheField_andNoOneIsHired() {
        var as = manager();
        String staff = "/api/v1/restaurants/" + RESTAURANT + "/staff";
        int before = http.get(staff, as).json().get("items").size();
        String hire = "{\"email\":\"%s\",\"name\":\"%s\",\"password\":\"" + PASSWORD + "\",\"role\":\"STAFF\"}";

        assertRefused(http.post(staff, hire.formatted("sam\\u0000@example.com", "Sam"), as), 422,
                "/problems/validation", "email");
        assertRefused(http.post(staff, hire.formatted("sam@example.com", "Sam \\ud800"), as), 400,
                "/problems/malformed-request", "name");
        byte[] notUtf8 = hire.formatted("sam@example.com", "Sam \u0001").getBytes(StandardCharsets.UTF_8);
        notUtf8[new String(notUtf8, StandardCharsets.UTF_8).indexOf('\u0001')] = (byte) 0xFF;
        assertRefused(http.raw("POST", staff, "application/json", notUtf8, as), 400, "/problems/malformed-request",
                "name");
        assertRefused(http.get("/api/v1/restaurants/" + RESTAURANT + "/orders?q=ada%00", as), 400,
                "/problems/malformed-request", "q");

        assertThat(http.get(staff, as).json().get("items")).as("staff after the refusals").hasSize(before);
    }

    // Found by the fuzz test: a URL longer than its column reached the database and gave a 500.
    @Test
    void aWebhookUrlLongerThanIsStored_isRefusedNamingIt_andNoWebhookIsAdded() {
        var as = manager();
        String webhooks = "/api/v1/restaurants/" + RESTAURANT + "/webhooks";
        int before = http.get(webhooks, as).json().get("items").size();
        String url = "https://hooks.example.com/" + "x".repeat(2000);

        assertRefused(http.post(webhooks, HttpJson.json(Map.of("url", url, "events", List.of("order.created"))), as),
                422, "/problems/validation", "url");

        assertThat(http.get(webhooks, as).json().get("items")).as("webhooks after the refusal").hasSize(before);
    }

    @Test
    void theRequestIdTheClientSent_isEchoed_andNamesTheProblem() {
        var refused = http.raw("POST", ORDERS, "application/json", "[".getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", "edge-1", "X-Request-Id", "till-7-req-42"));

        assertThat(refused.header("X-Request-Id")).isEqualTo("till-7-req-42");
        assertThat(refused.json().get("requestId").asText()).isEqualTo("till-7-req-42");
    }

    @Test
    void everyAnswer_carriesTheSecurityHeaders() {
        var menu = http.get("/api/v1/restaurants/" + RESTAURANT + "/menu");

        assertThat(menu.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(menu.header("Cache-Control")).isEqualTo("no-store");
        assertThat(menu.header("Referrer-Policy")).isNotBlank();
        assertThat(menu.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void unknownRoutesAndIds_areNotFoundProblems() {
        assertRefused(http.get("/api/v1/no-such-thing"), 404, "/problems/not-found");
        assertRefused(http.get("/api/v1/restaurants/not-a-uuid/menu"), 404, "/problems/not-found");
        assertRefused(http.get("/api/v1/restaurants/01936b2a-4c00-7000-8000-0000000fffff/menu"), 404,
                "/problems/not-found");
    }

    private HttpJson.Response send(byte[] body, String contentType) {
        return http.raw("POST", ORDERS, contentType, body, Map.of("Idempotency-Key", "edge-" + body.length));
    }

    private static void assertRefused(HttpJson.Response response, int status, String type, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContain("Exception", "dev.chit", "java.", "at io.helidon", "SQL");
        for (String field : fields) {
            assertThat(problem.get("errors")).extracting(error -> error.get("field").asText()).contains(field);
        }
    }

    private static String validOrder() {
        return CheckoutFlowContract.order(CheckoutFlowContract.cart());
    }

    private static byte[] with(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(asMap(validOrder()));
        body.put(field, value);
        return HttpJson.json(body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withLine(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(asMap(validOrder()));
        @SuppressWarnings("unchecked")
        var lines = (List<Map<String, Object>>) body.get("lines");
        Map<String, Object> line = new LinkedHashMap<>(lines.getFirst());
        line.put(field, value);
        body.put("lines", List.of(line));
        return HttpJson.json(body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] oversized() {
        Map<String, Object> body = new LinkedHashMap<>(asMap(validOrder()));
        body.put("notes", "n".repeat(300 * 1024));
        return HttpJson.json(body).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
