package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.Carts;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.application.access.Caller;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.CALLER_HEADER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The pass over HTTP: the list's parameters and cursor, If-Match, bulk answers, delays. */
class PassApiTest {

    private static final String BOARD = "/api/v1/restaurants/" + DINER + "/orders";
    private static final RestaurantId ELSEWHERE = new RestaurantId(UUID.fromString("01936b2e-0000-7000-8000-0000000000ff"));

    private final TestApi api = TestApi.start();

    PassApiTest() {
        api.callers.put("cook", caller(DINER, Role.STAFF));
        api.callers.put("boss", caller(DINER, Role.MANAGER));
        api.callers.put("stranger", caller(ELSEWHERE, Role.MANAGER));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static Caller caller(RestaurantId restaurantId, Role role) {
        return new Caller(new UserId(UUID.randomUUID()), "someone@example.org", "Someone", false,
                List.of(new Membership(restaurantId, role)));
    }

    private String place() {
        var placed = api.postJson("/api/v1/orders", Carts.CHECKOUT, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json(placed).get("id").asText();
    }

    private HttpResponse<String> as(String who, String path) {
        return api.get(path, CALLER_HEADER, who);
    }

    private HttpResponse<String> postAs(String who, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(CALLER_HEADER, who));
        all.addAll(List.of(headers));
        return api.postJson(path, body, all.toArray(String[]::new));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo(type);
        if (field != null) {
            assertThat(problem.get("errors")).extracting(error -> error.get("field").asText()).containsExactly(field);
        }
    }

    @Test
    void withoutACaller_theBoardIs401_andAnotherRestaurantsBoardIs404() {
        assertProblem(api.get(BOARD), 401, "/problems/unauthenticated", null);
        assertProblem(as("stranger", BOARD), 404, "/problems/not-found", null);
        assertThat(as("nobody-we-know", BOARD).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status=PLACED,LOST | status",
            "status=placed | status",
            "fulfillment=DRIVE_THRU | fulfillment",
            "sort=newest | sort",
            "limit=abc | limit",
            "limit=0 | limit",
            "limit=201 | limit",
            "from=yesterday | from",
            "to=2026-11-25 | to",
            "from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z | to",
            "cursor=not-a-cursor! | cursor",
            "cursor=AQEAAAAAaSVMYAAAAAA | cursor"})
    void aParameterThatCannotBeRead_is400_namingIt(String query, String parameter) {
        assertProblem(as("cook", BOARD + "?" + query.replace(" ", "")), 400, "/problems/malformed-request", parameter);
    }

    @Test
    void pagesWalkEveryOrderOnce_andTheLastHasNoCursor() {
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            placed.add(place());
        }
        List<String> seen = new ArrayList<>();
        String query = "?status=PLACED&fulfillment=PICKUP,DELIVERY&limit=2&sort=placedAt";
        List<Integer> sizes = new ArrayList<>();
        JsonNode page = json(as("cook", BOARD + query));
        while (true) {
            page.get("items").forEach(order -> seen.add(order.get("id").asText()));
            sizes.add(page.get("items").size());
            if (page.get("nextCursor").isNull()) {
                break;
            }
            page = json(as("cook", BOARD + query + "&cursor=" + page.get("nextCursor").asText()));
        }

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(placed);
    }

    @Test
    void aCursorMadeForOneSort_isRefusedForTheOther() {
        place();
        place();
        String cursor = json(as("cook", BOARD + "?limit=1&sort=placedAt")).get("nextCursor").asText();

        assertProblem(as("cook", BOARD + "?limit=1&sort=-placedAt&cursor=" + cursor), 400,
                "/problems/malformed-request", "cursor");
        assertThat(as("cook", BOARD + "?limit=1&sort=placedAt&cursor=" + cursor).statusCode()).isEqualTo(200);
    }

    @Test
    void aMoveWithAStaleIfMatch_is412_andAMalformedOneIs400() {
        String order = place();
        String transitions = "/api/v1/orders/" + order + "/transitions";

        var accepted = postAs("cook", transitions, "{\"to\":\"ACCEPTED\",\"prepMinutes\":10}", "If-Match", "\"0\"");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String etag = accepted.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + json(accepted).get("version").asLong() + "\"");

        assertProblem(postAs("cook", transitions, "{\"to\":\"PREPARING\"}", "If-Match", "\"0\""), 412,
                "/problems/precondition-failed", null);
        assertProblem(postAs("cook", transitions, "{\"to\":\"PREPARING\"}", "If-Match", "W/" + etag), 400,
                "/problems/malformed-request", "If-Match");
        assertThat(postAs("cook", transitions, "{\"to\":\"PREPARING\"}", "If-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void aMoveOutsideTheTable_is409_andOneForManagersIs403ForStaff() {
        String order = place();
        String transitions = "/api/v1/orders/" + order + "/transitions";

        assertProblem(postAs("cook", transitions, "{\"to\":\"READY\"}"), 409, "/problems/invalid-transition", null);
        assertProblem(postAs("cook", transitions, "{\"to\":\"FLYING\"}"), 400, "/problems/malformed-request", "to");
        assertProblem(postAs("cook", transitions, "{\"to\":\"ACCEPTED\",\"prepMinutes\":0}"), 422,
                "/problems/validation", "prepMinutes");
        postAs("cook", transitions, "{\"to\":\"ACCEPTED\"}");
        postAs("cook", transitions, "{\"to\":\"PREPARING\"}");
        assertProblem(postAs("cook", transitions, "{\"to\":\"CANCELLED\",\"reason\":\"burnt\"}"), 403,
                "/problems/forbidden-transition", null);
        assertThat(postAs("boss", transitions, "{\"to\":\"CANCELLED\",\"reason\":\"burnt\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aBulkMove_answersForEachOrder_withTheProblemTheSingleMoveWouldGive() {
        String placed = place();
        String unknown = UUID.randomUUID().toString();
        var response = postAs("cook", BOARD + "/bulk-transitions",
                "{\"orderIds\":[\"%s\",\"%s\"],\"to\":\"ACCEPTED\"}".formatted(placed, unknown));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = json(response).get("results");
        assertThat(results.get(0).get("orderId").asText()).isEqualTo(placed);
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(0).get("status").asText()).isEqualTo("ACCEPTED");
        JsonNode error = results.get(1).get("error");
        assertThat(results.get(1).get("ok").asBoolean()).isFalse();
        assertThat(error.get("type").asText()).isEqualTo("/problems/not-found");
        assertThat(error.get("status").asInt()).isEqualTo(404);
        assertThat(error.get("instance").asText()).isEqualTo("/api/v1/orders/" + unknown + "/transitions");
        assertThat(error.get("requestId").asText()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());

        var single = postAs("cook", "/api/v1/orders/" + unknown + "/transitions", "{\"to\":\"ACCEPTED\"}");
        JsonNode alone = json(single);
        assertThat(error.get("title")).isEqualTo(alone.get("title"));
        assertThat(error.get("detail")).isEqualTo(alone.get("detail"));
    }

    @Test
    void aBulkMove_ofNoOrders_orOfAnotherRestaurant_isRefusedAsAWhole() {
        assertProblem(postAs("cook", BOARD + "/bulk-transitions", "{\"orderIds\":[],\"to\":\"ACCEPTED\"}"), 422,
                "/problems/validation", "orderIds");
        assertProblem(postAs("stranger", BOARD + "/bulk-transitions",
                "{\"orderIds\":[\"%s\"],\"to\":\"ACCEPTED\"}".formatted(place())), 404, "/problems/not-found", null);
    }

    @Test
    void aDelay_movesThePromise_withinFiveToHundredTwentyMinutes() {
        String order = place();
        postAs("cook", "/api/v1/orders/" + order + "/transitions", "{\"to\":\"ACCEPTED\",\"prepMinutes\":10}");
        String before = json(as("cook", "/api/v1/orders/" + order)).get("estimatedReadyAt").asText();

        var delayed = postAs("cook", "/api/v1/orders/" + order + "/delay", "{\"minutes\":15,\"reason\":\"oven down\"}");

        assertThat(delayed.statusCode()).as(delayed.body()).isEqualTo(200);
        assertThat(Instant.parse(json(delayed).get("estimatedReadyAt").asText()))
                .isEqualTo(Instant.parse(before).plusSeconds(15 * 60));
        assertThat(delayed.headers().firstValue("ETag")).contains("\"" + json(delayed).get("version").asLong() + "\"");
        assertProblem(postAs("cook", "/api/v1/orders/" + order + "/delay", "{\"minutes\":4}"), 422,
                "/problems/validation", "minutes");
        assertProblem(postAs("cook", "/api/v1/orders/" + order + "/delay", "{}"), 422, "/problems/validation", "minutes");
    }

    @Test
    void theGuest_cancelsWithTheirToken_withOrWithoutABody() {
        var placed = json(api.postJson("/api/v1/orders", Carts.CHECKOUT, "Idempotency-Key", UUID.randomUUID().toString()));
        String cancel = "/api/v1/orders/" + placed.get("id").asText() + "/cancel";
        String token = placed.get("accessToken").asText();

        assertThat(api.send(api.request(cancel, "X-Order-Token", "wrong").POST(
                HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
        var cancelled = api.send(api.request(cancel, "X-Order-Token", token)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json(cancelled).at("/history/1/actor/type").asText()).isEqualTo("CUSTOMER");
        assertProblem(api.postJson(cancel, "{\"reason\":\"again\"}", "X-Order-Token", token), 409,
                "/problems/invalid-transition", null);
    }

    @Test
    void staffSeeTheirRestaurantsOrders_andNoOneElsesIs() {
        String order = place();

        assertThat(as("cook", "/api/v1/orders/" + order).statusCode()).isEqualTo(200);
        assertThat(as("stranger", "/api/v1/orders/" + order).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + order).statusCode()).isEqualTo(404);
    }
}
