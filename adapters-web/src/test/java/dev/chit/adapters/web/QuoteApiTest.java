package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.Carts;
import dev.chit.adapters.web.fixtures.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static dev.chit.adapters.web.fixtures.Kitchen.BURGER;
import static dev.chit.adapters.web.fixtures.Kitchen.CLOSED_DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.FRIES;
import static dev.chit.adapters.web.fixtures.Kitchen.PIE;
import static dev.chit.adapters.web.fixtures.Kitchen.SALAD;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteApiTest {

    private static final String QUOTES = "/api/v1/restaurants/" + DINER + "/quotes";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private static JsonNode onlyError(HttpResponse<String> response) {
        JsonNode errors = json(response).get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        return errors.get(0);
    }

    @Test
    void aCart_isPricedByTheServer_inTheShapeOfTheContract() {
        HttpResponse<String> response = api.postJson(QUOTES, Carts.QUOTE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode quote = json(response);
        assertThat(fields(quote)).containsExactly("lines", "subtotal", "tax", "deliveryFee", "serviceFee", "tip",
                "total", "currency", "estimatedReadyAt", "discount", "taxes", "taxIncluded", "promotion");
        JsonNode burgers = quote.get("lines").get(0);
        assertThat(fields(burgers)).containsExactly("menuItemId", "name", "quantity", "unitPrice", "options", "lineTotal");
        assertThat(burgers.get("menuItemId").asText()).isEqualTo(BURGER.toString());
        assertThat(burgers.get("name").asText()).isEqualTo("Cheeseburger");
        assertThat(burgers.get("unitPrice").asLong()).isEqualTo(1249);
        assertThat(burgers.get("lineTotal").asLong()).isEqualTo(2498);
        assertThat(fields(burgers.get("options").get(0))).containsExactly("id", "name", "priceDelta");
        assertThat(burgers.get("options").get(0).get("id").asText()).isEqualTo(SALAD.toString());
        assertThat(quote.get("subtotal").asLong()).isEqualTo(2797);
        assertThat(quote.get("serviceFee").asLong()).isEqualTo(56);
        assertThat(quote.get("tax").asLong()).isEqualTo(235);
        assertThat(quote.get("deliveryFee").asLong()).isZero();
        assertThat(quote.get("tip").asLong()).isEqualTo(100);
        assertThat(quote.get("total").isIntegralNumber()).isTrue();
        assertThat(quote.get("total").asLong()).isEqualTo(3188);
        assertThat(quote.get("currency").asText()).isEqualTo("USD");
        assertThat(quote.get("estimatedReadyAt").asText()).isEqualTo("2026-11-25T18:20:00.123Z");
    }

    @Test
    void pricesSentByTheClient_areIgnored() {
        String body = """
                {"lines":[{"menuItemId":"%s","quantity":1,"optionIds":["%s"],"unitPrice":1,"lineTotal":1,"price":1,"name":"Free"}],
                 "fulfillment":{"type":"PICKUP"},"subtotal":1,"total":1,"currency":"XXX"}""".formatted(BURGER, FRIES);

        HttpResponse<String> response = api.postJson(QUOTES, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("lines").get(0).get("unitPrice").asLong()).isEqualTo(1099);
        assertThat(json(response).get("lines").get(0).get("name").asText()).isEqualTo("Cheeseburger");
        assertThat(json(response).get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void aScheduledCart_isPromisedForItsTime_andReadInAnyOffset() {
        String body = Carts.QUOTE.replace("\"tip\":100", "\"tip\":0,\"scheduledFor\":\"2026-11-25T15:30:00-05:00\"");

        HttpResponse<String> response = api.postJson(QUOTES, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("estimatedReadyAt").asText()).isEqualTo("2026-11-25T20:30:00.000Z");
    }

    @Test
    void otherMediaTypes_areUnsupported() {
        for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=iso-8859-1", "application/jsonp")) {
            HttpResponse<String> response = api.send(api.request(QUOTES, "Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(Carts.QUOTE)));

            assertProblem(response, 415, "/problems/unsupported-media-type");
        }
        HttpResponse<String> utf8 = api.send(api.request(QUOTES, "Content-Type", "Application/JSON; Charset=\"UTF-8\"")
                .POST(HttpRequest.BodyPublishers.ofString(Carts.QUOTE)));
        assertThat(utf8.statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingContentType_isUnsupported() {
        HttpResponse<String> response = api.send(api.request(QUOTES).POST(HttpRequest.BodyPublishers.ofString(Carts.QUOTE)));

        assertProblem(response, 415, "/problems/unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimit_isTooLarge_withOrWithoutLength() {
        String huge = "{\"lines\":[],\"pad\":\"" + "x".repeat(ChitApi.MAX_BODY_BYTES) + "\"}";

        HttpResponse<String> declared = api.postJson(QUOTES, huge);
        HttpResponse<String> chunked = api.send(api.request(QUOTES, "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))));

        assertProblem(declared, 413, "/problems/payload-too-large");
        assertProblem(chunked, 413, "/problems/payload-too-large");
    }

    @Test
    void aBodyJustAtTheLimit_isRead() {
        String cart = Carts.QUOTE.substring(0, Carts.QUOTE.length() - 1);
        String padded = cart + " ".repeat(ChitApi.MAX_BODY_BYTES - cart.length() - 1) + "}";

        assertThat(padded.length()).isEqualTo(ChitApi.MAX_BODY_BYTES);
        assertThat(api.postJson(QUOTES, padded).statusCode()).isEqualTo(200);
    }

    @Test
    void brokenJson_isMalformed() {
        for (String body : List.of("{", "{\"lines\":[}", "{} {}", "{\"tip\":1,\"tip\":2}", "", "[]")) {
            assertProblem(api.postJson(QUOTES, body), 400, "/problems/malformed-request");
        }
    }

    @Test
    void aWrongType_isMalformed_andNamesTheField() {
        HttpResponse<String> response = api.postJson(QUOTES, Carts.QUOTE.replace("\"quantity\":2", "\"quantity\":\"2\""));

        assertProblem(response, 400, "/problems/malformed-request");
        JsonNode error = onlyError(response);
        assertThat(error.get("field").asText()).isEqualTo("lines[0].quantity");
        assertThat(error.get("code").asText()).isEqualTo("wrong-type");
        assertThat(json(response).get("detail").asText()).contains("lines[0].quantity");
    }

    @Test
    void fractionalQuantitiesAndMoney_areMalformed() {
        HttpResponse<String> quantity = api.postJson(QUOTES, Carts.QUOTE.replace("\"quantity\":2", "\"quantity\":1.5"));
        HttpResponse<String> tip = api.postJson(QUOTES, Carts.QUOTE.replace("\"tip\":100", "\"tip\":1.50"));

        assertProblem(quantity, 400, "/problems/malformed-request");
        assertThat(onlyError(quantity).get("field").asText()).isEqualTo("lines[0].quantity");
        assertProblem(tip, 400, "/problems/malformed-request");
        assertThat(onlyError(tip).get("field").asText()).isEqualTo("tip");
    }

    @Test
    void anUnknownEnumValue_isMalformed() {
        HttpResponse<String> response = api.postJson(QUOTES, Carts.QUOTE.replace("PICKUP", "TAKEAWAY"));

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(onlyError(response).get("field").asText()).isEqualTo("fulfillment.type");
        assertThat(onlyError(response).get("message").asText()).contains("PICKUP, DELIVERY, DINE_IN");
    }

    @Test
    void anUnknownField_isMalformed() {
        HttpResponse<String> response = api.postJson(QUOTES, Carts.QUOTE.replace("\"note\"", "\"notee\""));

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(onlyError(response).get("field").asText()).isEqualTo("lines[0].notee");
        assertThat(onlyError(response).get("code").asText()).isEqualTo("unknown-field");
    }

    @Test
    void aTimestampThatIsNotRfc3339_isMalformed() {
        HttpResponse<String> response = api.postJson(QUOTES,
                Carts.QUOTE.replace("\"tip\":100", "\"scheduledFor\":\"25/11/2026 19:00\""));

        assertProblem(response, 400, "/problems/malformed-request");
        assertThat(onlyError(response).get("field").asText()).isEqualTo("scheduledFor");
    }

    @Test
    void aWellFormedButInvalidCart_isAValidationProblem_withOneErrorPerOffence() {
        String body = """
                {"lines":[{"menuItemId":"%s","quantity":0,"optionIds":["%s"]},
                          {"menuItemId":"%s","quantity":1}],
                 "fulfillment":{"type":"DELIVERY"}}""".formatted(BURGER, FRIES, PIE);

        HttpResponse<String> response = api.postJson(QUOTES, body);

        assertProblem(response, 422, "/problems/validation");
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> {
            assertThat(fields(error)).containsExactly("field", "code", "message");
            fields.add(error.get("field").asText());
        });
        assertThat(fields).containsExactlyInAnyOrder("fulfillment.address", "lines[0].quantity", "lines[1].menuItemId");
    }

    @Test
    void missingFields_areValidationProblems_namedAllAtOnce() {
        HttpResponse<String> response = api.postJson(QUOTES, "{\"lines\":[{\"quantity\":1},null]}");

        assertProblem(response, 422, "/problems/validation");
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> {
            assertThat(error.get("code").asText()).isEqualTo("required");
            fields.add(error.get("field").asText());
        });
        assertThat(fields).containsExactly("lines[0].menuItemId", "lines[1]", "fulfillment");
    }

    @Test
    void aClosedRestaurant_isAProblemOfItsOwn() {
        HttpResponse<String> response = api.postJson("/api/v1/restaurants/" + CLOSED_DINER + "/quotes", Carts.QUOTE);

        assertProblem(response, 422, "/problems/restaurant-closed");
    }

    @Test
    void anUnknownRestaurant_isNotFound() {
        HttpResponse<String> response = api.postJson("/api/v1/restaurants/01936b2e-0000-7000-8000-0000000009ff/quotes",
                Carts.QUOTE);

        assertProblem(response, 404, "/problems/not-found");
    }
}
