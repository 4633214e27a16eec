package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.DatabaseSettings;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest's way through checkout against the whole running server (HTTP, use cases,
 * database), run once on the embedded H2 database and once on PostgreSQL.
 */
abstract class CheckoutFlowContract {

    static final String RESTAURANT = "01936b2a-4c00-7000-8000-000000000001";
    static final String HARBOUR_BURGER = "01936b2a-4c00-7000-8000-000000000101";
    static final String MEDIUM_RARE = "01936b2a-4c00-7000-8000-000000001111";
    static final String BACON = "01936b2a-4c00-7000-8000-000000001212";
    static final String LEMONADE = "01936b2a-4c00-7000-8000-000000000301";
    static final String LARGE = "01936b2a-4c00-7000-8000-000000003112";
    static final String KEY_LIME_PIE = "01936b2a-4c00-7000-8000-000000000402";

    private TestDatabase database;
    private Chit chit;
    private HttpJson http;

    /** A fresh, empty database for one test. */
    abstract TestDatabase createDatabase();

    @BeforeEach
    void startChit() {
        database = createDatabase();
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database(), demoSeeding()));
        http = new HttpJson(chit.baseUri());
    }

    @AfterEach
    void stopChit() {
        if (chit != null) {
            chit.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private DatabaseSettings database() {
        return database.settings();
    }

    static DemoDataMode demoSeeding() {
        return DemoDataMode.TRUE;
    }

    static Map<String, Object> cart() {
        return Map.of(
                "lines", List.of(
                        Map.of("menuItemId", HARBOUR_BURGER, "quantity", 1, "optionIds", List.of(MEDIUM_RARE, BACON),
                                "note", "no pickles"),
                        Map.of("menuItemId", LEMONADE, "quantity", 2, "optionIds", List.of(LARGE))),
                "fulfillment", Map.of("type", "PICKUP"),
                "tip", 300);
    }

    static String order(Map<String, Object> cart) {
        return order(cart, "tok_visa");
    }

    /** The cart as a checkout, paid with the sandbox card {@code token}. */
    static String order(Map<String, Object> cart, String token) {
        var body = new java.util.LinkedHashMap<String, Object>(cart);
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", "ada@example.com", "phone", "+1 555 0100"));
        body.put("notes", "ring the bell");
        body.put("payment", Map.of("method", "card", "token", token));
        return HttpJson.json(body);
    }

    @Test
    void theMenuShowsTheDemoRestaurantWithPricesInCents() {
        var response = http.get("/api/v1/restaurants/" + RESTAURANT + "/menu");

        assertThat(response.status()).isEqualTo(200);
        JsonNode menu = response.json();
        assertThat(menu.at("/restaurant/name").asText()).isEqualTo("Harbour Lane Kitchen");
        assertThat(menu.at("/restaurant/currency").asText()).isEqualTo("USD");
        assertThat(menu.at("/restaurant/minOrder").asLong()).isEqualTo(1000);
        assertThat(menu.at("/categories/0/name").asText()).isEqualTo("Burgers");
        assertThat(menu.at("/categories/0/items/0/price").isIntegralNumber()).isTrue();
        assertThat(menu.at("/categories/0/items/0/price").asLong()).isEqualTo(1450);
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void aQuoteIsPricedByTheServerToTheCent() {
        var response = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes", HttpJson.json(cart()), Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode quote = response.json();
        // Burger 1450 + bacon 250 = 1700; 2 large lemonades (400 + 150) = 1100.
        assertThat(quote.at("/lines/0/unitPrice").asLong()).isEqualTo(1700);
        assertThat(quote.at("/lines/1/lineTotal").asLong()).isEqualTo(1100);
        assertThat(quote.get("subtotal").asLong()).isEqualTo(2800);
        // Tax 8.87 % of 2800 = 248.36, rounded half-even to 248; the tip is not taxed.
        assertThat(quote.get("tax").asLong()).isEqualTo(248);
        assertThat(quote.get("deliveryFee").asLong()).isZero();
        assertThat(quote.get("total").asLong()).isEqualTo(2800 + 248 + 300);
        assertThat(quote.get("currency").asText()).isEqualTo("USD");
        assertThat(quote.get("estimatedReadyAt").asText()).endsWith("Z");
    }

    @Test
    void aBadCartIsRefusedWithOneErrorPerOffendingLine() {
        var cart = Map.of(
                "lines", List.of(
                        Map.of("menuItemId", KEY_LIME_PIE, "quantity", 1, "optionIds", List.of()),
                        Map.of("menuItemId", HARBOUR_BURGER, "quantity", 100, "optionIds", List.of())),
                "fulfillment", Map.of("type", "DELIVERY"));

        var response = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes", HttpJson.json(cart), Map.of());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .contains("lines[0].menuItemId", "lines[1].quantity", "lines[1].optionIds", "fulfillment.address");
    }

    @Test
    void anOrderIsPlacedOnceAndReplayedByteForByte() {
        String body = order(cart());
        var placed = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", "checkout-1"));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        assertThat(order.get("number").asLong()).isEqualTo(1);
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(order.get("total").asLong()).isEqualTo(3348);
        assertThat(order.get("accessToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(placed.header("Location")).isEqualTo("/api/v1/orders/" + order.get("id").asText());

        var replay = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", "checkout-1"));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.bytes()).isEqualTo(placed.bytes());

        var otherBody = http.post("/api/v1/orders", order(Map.of(
                "lines", List.of(Map.of("menuItemId", LEMONADE, "quantity", 3, "optionIds", List.of(LARGE))),
                "fulfillment", Map.of("type", "PICKUP"))), Map.of("Idempotency-Key", "checkout-1"));
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.json().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");

        var second = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", "checkout-2"));
        assertThat(second.json().get("number").asLong()).isEqualTo(2);
    }

    @Test
    void theGuestSeesTheOrderWithItsTokenAndNobodyElseDoes() {
        JsonNode placed = http.post("/api/v1/orders", order(cart()), Map.of("Idempotency-Key", "see-1")).json();
        String path = "/api/v1/orders/" + placed.get("id").asText();

        var seen = http.get(path, Map.of("X-Order-Token", placed.get("accessToken").asText()));
        assertThat(seen.status()).isEqualTo(200);
        JsonNode order = seen.json();
        assertThat(order.get("id").asText()).isEqualTo(placed.get("id").asText());
        assertThat(order.at("/lines/0/name").asText()).isEqualTo("Harbour Burger");
        assertThat(order.at("/lines/0/options/1/name").asText()).isEqualTo("Bacon");
        assertThat(order.at("/lines/0/note").asText()).isEqualTo("no pickles");
        assertThat(order.at("/customer/email").asText()).isEqualTo("ada@example.com");
        assertThat(order.at("/history/0/to").asText()).isEqualTo("PLACED");
        assertThat(order.at("/history/0/actor/type").asText()).isEqualTo("CUSTOMER");

        assertThat(http.get(path, Map.of("X-Order-Token", "not-the-token")).status()).isEqualTo(404);
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/orders/01936b2a-4c00-7000-8000-999999999999",
                Map.of("X-Order-Token", placed.get("accessToken").asText())).status()).isEqualTo(404);
    }

    @Test
    void anOrderWithoutAnIdempotencyKeyIsRefusedAndNothingIsStored() {
        var refused = http.post("/api/v1/orders", order(cart()), Map.of());
        assertThat(refused.status()).isBetween(400, 422);

        var first = http.post("/api/v1/orders", order(cart()), Map.of("Idempotency-Key", "after-refusal"));
        assertThat(first.json().get("number").asLong()).isEqualTo(1);
    }

    @Test
    void aDeclinedCardIs402AndPlacesNothingNorTakesANumber() {
        var declined = http.post("/api/v1/orders", order(cart(), "tok_declined"), Map.of("Idempotency-Key", "card-1"));

        assertThat(declined.status()).as(declined.body()).isEqualTo(402);
        assertThat(declined.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = declined.json();
        assertThat(problem.get("type").asText()).isEqualTo("/problems/payment-declined");
        assertThat(problem.at("/errors/0/code").asText()).isEqualTo("card_declined");
        assertThat(problem.get("requestId").asText()).isEqualTo(declined.header("X-Request-Id"));

        var poor = http.post("/api/v1/orders", order(cart(), "tok_insufficient_funds"),
                Map.of("Idempotency-Key", "card-2"));
        assertThat(poor.status()).isEqualTo(402);
        assertThat(poor.json().at("/errors/0/code").asText()).isEqualTo("insufficient_funds");

        var next = http.post("/api/v1/orders", order(cart()), Map.of("Idempotency-Key", "card-3"));
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.json().get("number").asLong()).isEqualTo(1);
    }

    @Test
    void aCardNetworkFaultIs502AndPlacesNothing() {
        var fault = http.post("/api/v1/orders", order(cart(), "tok_error"), Map.of("Idempotency-Key", "fault-1"));

        assertThat(fault.status()).as(fault.body()).isEqualTo(502);
        assertThat(fault.json().get("type").asText()).isEqualTo("/problems/payment-unavailable");
        assertThat(fault.body()).doesNotContain("tok_error");
        var next = http.post("/api/v1/orders", order(cart()), Map.of("Idempotency-Key", "fault-2"));
        assertThat(next.json().get("number").asLong()).isEqualTo(1);
    }

    @Test
    void aRetryUnderTheSameKeyWithAGoodCardAfterADeclineIsPlacedOnce() {
        var declined = http.post("/api/v1/orders", order(cart(), "tok_declined"), Map.of("Idempotency-Key", "retry-1"));
        assertThat(declined.status()).isEqualTo(402);

        String body = order(cart(), "tok_visa");
        var placed = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", "retry-1"));
        var replayed = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", "retry-1"));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("number").asLong()).isEqualTo(1);
        assertThat(placed.json().get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.bytes()).isEqualTo(placed.bytes());
    }

    @Test
    void payingInPersonIsNotForGuestCheckout() {
        var body = new java.util.LinkedHashMap<String, Object>(cart());
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", "ada@example.com"));
        body.put("payment", Map.of("method", "in_person"));

        var refused = http.post("/api/v1/orders", HttpJson.json(body), Map.of("Idempotency-Key", "counter-1"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("payment.method");
    }

    @Test
    void healthReportsTheDatabase() {
        var health = http.get("/observe/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP").contains("database");
    }

    @Test
    void ordersOutliveARestartAndTheDemoIsNotSeededTwice() {
        JsonNode placed = http.post("/api/v1/orders", order(cart()), Map.of("Idempotency-Key", "restart-1")).json();
        chit.close();

        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database(), demoSeeding()));
        http = new HttpJson(chit.baseUri());

        var seen = http.get("/api/v1/orders/" + placed.get("id").asText(),
                Map.of("X-Order-Token", placed.get("accessToken").asText()));
        assertThat(seen.status()).isEqualTo(200);
        var menu = http.get("/api/v1/restaurants/" + RESTAURANT + "/menu").json();
        assertThat(menu.get("categories")).hasSize(4);
        var next = http.post("/api/v1/orders", order(cart()), Map.of("Idempotency-Key", "restart-2")).json();
        assertThat(next.get("number").asLong()).isEqualTo(2);
    }
}
