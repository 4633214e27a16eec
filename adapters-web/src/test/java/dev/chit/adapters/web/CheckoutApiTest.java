package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.Carts;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.adapters.web.support.Idempotency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.BURGER;
import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.NOW;
import static dev.chit.adapters.web.fixtures.Kitchen.SALAD;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

class CheckoutApiTest {

    private static final String ORDERS = "/api/v1/orders";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    private static HttpResponse<String> place(String key, String body) {
        return api.postJson(ORDERS, body, "Idempotency-Key", key);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String type(HttpResponse<String> response) {
        return json(response).get("type").asText();
    }

    @Test
    void placingAnOrder_answers201_withTheWholeOrder_itsTokenAndLinks() {
        HttpResponse<String> response = place(newKey(), Carts.CHECKOUT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = json(response);
        String id = order.get("id").asText();
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/orders/" + id);
        assertThat(response.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(fields(order)).containsExactly("id", "number", "restaurantId", "status", "paymentStatus",
                "fulfillment", "scheduledFor", "customer", "lines", "subtotal", "tax", "deliveryFee", "serviceFee",
                "tip", "discount", "total", "refunded", "currency", "notes", "placedAt", "acceptedAt",
                "estimatedReadyAt", "readyAt", "completedAt", "version", "history", "taxes", "taxIncluded", "disputed",
                "promotion", "accessToken", "links");
        assertThat(order.get("number").asLong()).isPositive();
        assertThat(order.get("restaurantId").asText()).isEqualTo(DINER.toString());
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(fields(order.get("fulfillment"))).containsExactly("type", "address", "table");
        assertThat(order.get("fulfillment").get("address").isNull()).isTrue();
        assertThat(order.get("scheduledFor").isNull()).isTrue();
        assertThat(fields(order.get("customer"))).containsExactly("name", "email", "phone", "locale");
        assertThat(order.get("customer").get("phone").asText()).isEqualTo("+1 555 0100");

        JsonNode line = order.get("lines").get(0);
        assertThat(fields(line)).containsExactly("id", "menuItemId", "name", "quantity", "unitPrice", "options",
                "note", "lineTotal", "refundedQuantity", "stationIds", "doneAt");
        assertThat(line.get("refundedQuantity").asInt()).isZero();
        assertThat(line.get("stationIds")).isEmpty();
        assertThat(line.get("doneAt").isNull()).isTrue();
        assertThat(line.get("menuItemId").asText()).isEqualTo(BURGER.toString());
        assertThat(line.get("note").asText()).isEqualTo("no pickles");
        assertThat(line.get("options").get(0).get("id").asText()).isEqualTo(SALAD.toString());
        assertThat(order.get("lines").get(1).get("note").isNull()).isTrue();
        assertThat(order.get("total").asLong()).isEqualTo(3188);
        assertThat(order.get("discount").asLong()).isZero();
        assertThat(order.get("refunded").asLong()).isZero();
        assertThat(order.get("currency").asText()).isEqualTo("USD");
        assertThat(order.get("notes").asText()).isEqualTo("ring twice");
        assertThat(order.get("placedAt").asText()).isEqualTo("2026-11-25T18:00:00.123Z");
        assertThat(order.get("acceptedAt").isNull()).isTrue();
        assertThat(order.get("estimatedReadyAt").asText()).isEqualTo("2026-11-25T18:20:00.123Z");
        assertThat(order.get("readyAt").isNull()).isTrue();
        assertThat(order.get("completedAt").isNull()).isTrue();
        assertThat(order.get("version").asLong()).isZero();

        JsonNode placed = order.get("history").get(0);
        assertThat(fields(placed)).containsExactly("from", "to", "at", "actor", "reason");
        assertThat(placed.get("from").isNull()).isTrue();
        assertThat(placed.get("to").asText()).isEqualTo("PLACED");
        assertThat(placed.get("at").asText()).isEqualTo(NOW.toString());
        assertThat(placed.get("actor").get("type").asText()).isEqualTo("CUSTOMER");
        assertThat(placed.get("actor").get("id").isNull()).isTrue();

        assertThat(order.get("accessToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(order.get("links").get("self").asText()).isEqualTo("/api/v1/orders/" + id);
        assertThat(order.get("links").get("receipt").asText()).isEqualTo("/api/v1/orders/" + id + "/receipt");
    }

    @Test
    void theSameKeyAndBodyAgain_replaysTheFirstAnswer_byteForByte() {
        String key = newKey();
        HttpResponse<String> first = place(key, Carts.CHECKOUT);
        int ordersAfterFirst = api.orders.count();

        HttpResponse<String> again = place(key, Carts.CHECKOUT);

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(again.headers().firstValue("X-Request-Id")).isNotEqualTo(first.headers().firstValue("X-Request-Id"));
        assertThat(api.orders.count()).isEqualTo(ordersAfterFirst);
    }

    @Test
    void theSameKeyWithAnotherBody_isAConflict() {
        String key = newKey();
        place(key, Carts.CHECKOUT);

        HttpResponse<String> other = place(key, Carts.CHECKOUT.replace("ring twice", "ring once"));

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(type(other)).isEqualTo("/problems/idempotency-key-reused");
    }

    @Test
    void aKeyWhoseRequestIsStillRunning_isAConflictToRetry() {
        String key = newKey();
        byte[] body = Carts.CHECKOUT.getBytes(StandardCharsets.UTF_8);
        api.idempotencyKeys.claim("orders", key, Idempotency.fingerprint(body), "running", NOW, NOW.plusSeconds(12));

        HttpResponse<String> same = place(key, Carts.CHECKOUT);
        HttpResponse<String> different = place(key, Carts.CHECKOUT.replace("ring twice", "knock"));

        assertThat(same.statusCode()).isEqualTo(409);
        assertThat(type(same)).isEqualTo("/problems/request-in-progress");
        assertThat(same.headers().firstValue("Retry-After")).contains("1");
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(type(different)).isEqualTo("/problems/idempotency-key-reused");
    }

    @Test
    void aKeyWhoseRequestWasAbandoned_isTakenOverByTheSameRequest_butNotByAnother() {
        String key = newKey();
        byte[] body = Carts.CHECKOUT.getBytes(StandardCharsets.UTF_8);
        // Its server died three minutes ago: the lease it no longer renewed lapsed long since.
        Instant died = NOW.minus(Duration.ofMinutes(3));
        api.idempotencyKeys.claim("orders", key, Idempotency.fingerprint(body), "dead", died, died.plusSeconds(12));

        HttpResponse<String> different = place(key, Carts.CHECKOUT.replace("ring twice", "knock"));
        HttpResponse<String> same = place(key, Carts.CHECKOUT);
        HttpResponse<String> again = place(key, Carts.CHECKOUT);

        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(type(different)).isEqualTo("/problems/idempotency-key-reused");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(201);
        assertThat(same.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(same.body());
    }

    @Test
    void withoutAUsableKey_theRequestIsRefusedBeforeAnythingHappens() {
        int before = api.orders.count();

        HttpResponse<String> missing = api.postJson(ORDERS, Carts.CHECKOUT);
        HttpResponse<String> tooLong = place("k".repeat(256), Carts.CHECKOUT);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(type(missing)).isEqualTo("/problems/idempotency-key-required");
        assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("errors").get(0).get("code").asText()).isEqualTo("too-long");
        assertThat(place("k".repeat(255), Carts.CHECKOUT).statusCode()).isEqualTo(201);
        assertThat(api.orders.count()).isEqualTo(before + 1);
    }

    @Test
    void aRefusedCart_freesTheKey_soTheFixedCartCanUseIt() {
        String key = newKey();

        HttpResponse<String> refused = place(key, Carts.CHECKOUT.replace("\"quantity\":2", "\"quantity\":0"));
        HttpResponse<String> fixed = place(key, Carts.CHECKOUT);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(type(refused)).isEqualTo("/problems/validation");
        assertThat(fixed.statusCode()).isEqualTo(201);
        assertThat(fixed.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void missingGuestDetails_areNamedAllAtOnce() {
        String body = """
                {"lines":[{"menuItemId":"%s","quantity":1,"optionIds":["%s"]}],"fulfillment":{"type":"PICKUP"},
                 "customer":{"email":"not-an-email"}}""".formatted(BURGER, SALAD);

        HttpResponse<String> response = place(newKey(), body);

        assertThat(response.statusCode()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly("restaurantId", "customer.name", "payment");
    }

    @Test
    void anInvalidEmail_isAValidationProblem() {
        HttpResponse<String> response = place(newKey(), Carts.CHECKOUT.replace("ada@example.com", "ada"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("customer.email");
    }

    @Test
    void thePayment_isRequired_byCard_withAToken() {
        String card = "{\"method\":\"card\",\"token\":\"tok_visa\"}";
        HttpResponse<String> wrongShape = place(newKey(), Carts.CHECKOUT.replace(card, "\"tok_visa\""));
        HttpResponse<String> unknownMethod = place(newKey(), Carts.CHECKOUT.replace(card, "{\"method\":\"cash\"}"));
        HttpResponse<String> withoutPayment = place(newKey(), Carts.CHECKOUT.replace(",\n \"payment\":" + card, ""));
        HttpResponse<String> withoutToken = place(newKey(), Carts.CHECKOUT.replace(card, "{\"method\":\"card\"}"));
        HttpResponse<String> inPerson = place(newKey(), Carts.CHECKOUT.replace(card, "{\"method\":\"in_person\"}"));

        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(json(wrongShape).get("errors").get(0).get("field").asText()).isEqualTo("payment");
        assertThat(unknownMethod.statusCode()).isEqualTo(400);
        assertThat(json(unknownMethod).get("detail").asText()).contains("card, in_person");
        for (var refused : List.of(withoutPayment, withoutToken, inPerson)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        }
        assertThat(json(withoutPayment).get("errors").get(0).get("field").asText()).isEqualTo("payment");
        assertThat(json(withoutToken).get("errors").get(0).get("field").asText()).isEqualTo("payment.token");
        assertThat(json(inPerson).get("errors").get(0).get("field").asText()).isEqualTo("payment.method");
    }

    @Test
    void aCard_mayBeNamedByAPaymentMethod_whichMustBeOneTheNetworkKnows() {
        String card = "{\"method\":\"card\",\"token\":\"tok_visa\"}";
        int before = api.orders.count();
        HttpResponse<String> malformed = place(newKey(), Carts.CHECKOUT.replace(card,
                "{\"method\":\"card\",\"paymentMethod\":\"card_visa\"}"));
        HttpResponse<String> both = place(newKey(), Carts.CHECKOUT.replace(card,
                "{\"method\":\"card\",\"token\":\"tok_visa\",\"paymentMethod\":\"pm_card_visa\"}"));
        HttpResponse<String> unknown = place(newKey(), Carts.CHECKOUT.replace(card,
                "{\"method\":\"card\",\"paymentMethod\":\"pm_nobody_knows\"}"));

        for (var refused : List.of(malformed, both, unknown)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("payment.paymentMethod");
        }
        assertThat(unknown.body()).doesNotContain("pm_nobody_knows");
        assertThat(api.orders.count()).isEqualTo(before);

        HttpResponse<String> placed = place(newKey(), Carts.CHECKOUT.replace(card,
                "{\"method\":\"card\",\"paymentMethod\":\"pm_card_visa\"}"));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(json(placed).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
    }

    @Test
    void aDeclinedCard_is402_withTheDeclineCode_andPlacesNothing() {
        int before = api.orders.count();

        HttpResponse<String> declined = place(newKey(), Carts.CHECKOUT.replace("tok_visa", "tok_insufficient_funds"));

        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(declined.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        JsonNode problem = json(declined);
        assertThat(problem.get("type").asText()).isEqualTo("/problems/payment-declined");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("payment");
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("insufficient_funds");
        assertThat(declined.body()).doesNotContain("tok_");
        assertThat(api.orders.count()).isEqualTo(before);
    }

    @Test
    void aCardNetworkWithoutAnswer_is502_andPlacesNothing() {
        int before = api.orders.count();

        HttpResponse<String> unanswered = place(newKey(), Carts.CHECKOUT.replace("tok_visa", "tok_error"));

        assertThat(unanswered.statusCode()).isEqualTo(502);
        assertThat(type(unanswered)).isEqualTo("/problems/payment-unavailable");
        assertThat(unanswered.body()).doesNotContain("tok_error", "Exception");
        assertThat(api.orders.count()).isEqualTo(before);
    }

    @Test
    void anOrder_isShownToTheHolderOfItsToken_exactlyAsPlaced() {
        JsonNode placed = json(place(newKey(), Carts.CHECKOUT));
        String self = placed.get("links").get("self").asText();

        HttpResponse<String> shown = api.get(self, "X-Order-Token", placed.get("accessToken").asText());

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(shown.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode order = json(shown);
        assertThat(order.has("accessToken")).isFalse();
        ((com.fasterxml.jackson.databind.node.ObjectNode) placed).remove(List.of("accessToken", "links"));
        assertThat(order).isEqualTo(placed);
    }

    @Test
    void anOrder_isNotFound_withoutItsToken_withAnotherToken_orWithAnIdThatDoesNotParse() {
        JsonNode placed = json(place(newKey(), Carts.CHECKOUT));
        JsonNode other = json(place(newKey(), Carts.CHECKOUT));
        String self = placed.get("links").get("self").asText();

        HttpResponse<String> noToken = api.get(self);
        HttpResponse<String> othersToken = api.get(self, "X-Order-Token", other.get("accessToken").asText());
        HttpResponse<String> badId = api.get("/api/v1/orders/12345", "X-Order-Token", placed.get("accessToken").asText());

        for (HttpResponse<String> response : List.of(noToken, othersToken, badId)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(type(response)).isEqualTo("/problems/not-found");
            assertThat(response.body()).doesNotContain("Ada", "PLACED");
        }
    }

    @Test
    void ordersPlacedOneAfterAnother_getTheRestaurantsNextNumbers() {
        long first = json(place(newKey(), Carts.CHECKOUT)).get("number").asLong();
        long second = json(place(newKey(), Carts.CHECKOUT)).get("number").asLong();

        assertThat(second).isEqualTo(first + 1);
    }
}
