package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.chit.adapters.web.fixtures.Kitchen.BURGER;
import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.FRIES;
import static dev.chit.adapters.web.fixtures.Kitchen.SALAD;
import static dev.chit.adapters.web.fixtures.Kitchen.SIDE;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

class MenuApiTest {

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
        return iterate(node.fieldNames());
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void menu_hasTheShapeOfTheContract_withMoneyInMinorUnits() {
        HttpResponse<String> response = api.get("/api/v1/restaurants/" + DINER + "/menu");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode menu = json(response);
        assertThat(fields(menu)).containsExactly("restaurant", "categories", "payments");
        assertThat(fields(menu.get("payments"))).as("the sandbox has no keys to show").containsExactly("gateway");
        assertThat(menu.at("/payments/gateway").asText()).isEqualTo("sandbox");
        JsonNode restaurant = menu.get("restaurant");
        assertThat(fields(restaurant)).containsExactly("id", "name", "currency", "timezone", "acceptingOrders",
                "openNow", "minOrder", "defaultPrepMinutes", "taxMode");
        assertThat(restaurant.get("id").asText()).isEqualTo(DINER.toString());
        assertThat(restaurant.get("currency").asText()).isEqualTo("USD");
        assertThat(restaurant.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(restaurant.get("acceptingOrders").asBoolean()).isTrue();
        assertThat(restaurant.get("openNow").asBoolean()).isTrue();
        assertThat(restaurant.get("minOrder").isIntegralNumber()).isTrue();
        assertThat(restaurant.get("minOrder").asLong()).isEqualTo(500);
        assertThat(restaurant.get("defaultPrepMinutes").asInt()).isEqualTo(20);

        JsonNode category = menu.get("categories").get(0);
        assertThat(fields(category)).containsExactly("name", "items");
        JsonNode burger = category.get("items").get(0);
        assertThat(fields(burger)).containsExactly("id", "name", "description", "price", "available", "modifierGroups",
                "taxCode", "photoUrl");
        assertThat(burger.get("id").asText()).isEqualTo(BURGER.toString());
        assertThat(burger.get("price").isIntegralNumber()).isTrue();
        assertThat(burger.get("price").asLong()).isEqualTo(1099);
        JsonNode side = burger.get("modifierGroups").get(0);
        assertThat(fields(side)).containsExactly("id", "name", "minSelect", "maxSelect", "options");
        assertThat(side.get("id").asText()).isEqualTo(SIDE.toString());
        assertThat(side.get("minSelect").asInt()).isEqualTo(1);
        assertThat(side.get("options").get(0).get("id").asText()).isEqualTo(FRIES.toString());
        assertThat(fields(side.get("options").get(1))).containsExactly("id", "name", "priceDelta");
        assertThat(side.get("options").get(1).get("id").asText()).isEqualTo(SALAD.toString());
        assertThat(side.get("options").get(1).get("priceDelta").asLong()).isEqualTo(150);
        assertThat(menu.get("categories").get(1).get("items").get(1).get("available").asBoolean()).isFalse();
    }

    @Test
    void everyResponse_carriesARequestIdAndTheSecurityHeaders() {
        HttpResponse<String> response = api.get("/api/v1/restaurants/" + DINER + "/menu");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aSaneClientRequestId_isEchoed_onSuccessAndInProblems() {
        HttpResponse<String> ok = api.get("/api/v1/restaurants/" + DINER + "/menu", "X-Request-Id", "checkout-7f3a:1");
        HttpResponse<String> problem = api.get("/api/v1/restaurants/" + DINER + "/nothing-here", "X-Request-Id", "trace-42");

        assertThat(ok.headers().firstValue("X-Request-Id")).contains("checkout-7f3a:1");
        assertThat(problem.headers().firstValue("X-Request-Id")).contains("trace-42");
        assertThat(json(problem).get("requestId").asText()).isEqualTo("trace-42");
    }

    @Test
    void anInsaneClientRequestId_isReplacedByAFreshOne() {
        for (String insane : List.of("has space", "x".repeat(201), "tab\tinside")) {
            HttpResponse<String> response = api.get("/api/v1/restaurants/" + DINER + "/menu", "X-Request-Id", insane);

            assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                    assertThat(id).isNotEqualTo(insane).hasSize(36));
        }
        HttpResponse<String> longest = api.get("/api/v1/restaurants/" + DINER + "/menu", "X-Request-Id", "y".repeat(200));
        assertThat(longest.headers().firstValue("X-Request-Id")).contains("y".repeat(200));
    }

    @Test
    void unknownRestaurant_isANotFoundProblem() {
        HttpResponse<String> response = api.get("/api/v1/restaurants/01936b2e-0000-7000-8000-0000000009ff/menu");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        JsonNode problem = json(response);
        assertThat(fields(problem)).containsExactly("type", "title", "status", "detail", "instance", "requestId", "errors");
        assertThat(problem.get("type").asText()).isEqualTo("/problems/not-found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/restaurants/01936b2e-0000-7000-8000-0000000009ff/menu");
        assertThat(problem.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(problem.get("errors").isArray()).isTrue();
        assertThat(problem.get("errors")).isEmpty();
    }

    @Test
    void idsThatDoNotParse_areNotFound_notBadRequests() {
        for (String id : List.of("not-a-uuid", "1-1-1-1-1", "01936b2e00007000800000000000001")) {
            HttpResponse<String> response = api.get("/api/v1/restaurants/" + id + "/menu");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).get("type").asText()).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void unknownRoutes_underTheApi_areNotFoundProblems() {
        HttpResponse<String> response = api.get("/api/v1/nothing/here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("type").asText()).isEqualTo("/problems/not-found");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aKnownPathWithAnotherMethod_isMethodNotAllowed_withAllow() {
        HttpResponse<String> response = api.send(api.request("/api/v1/restaurants/" + DINER + "/menu")
                .DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, PUT");
        assertThat(json(response).get("type").asText()).isEqualTo("/problems/method-not-allowed");
        HttpResponse<String> post = api.send(api.request("/api/v1/restaurants/" + DINER + "/menu")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
