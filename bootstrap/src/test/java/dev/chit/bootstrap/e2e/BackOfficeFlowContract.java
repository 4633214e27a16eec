package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Running restaurants against the whole server: who may do what on every route, settings with a
 * pause that lifts by itself and auto-accept, replacing the menu without touching past orders,
 * and hiring and letting go of staff.
 */
abstract class BackOfficeFlowContract extends SignedInFlow {

    private static final String MENU = "/api/v1/restaurants/" + RESTAURANT + "/menu";
    private static final String HARBOUR_BURGER = CheckoutFlowContract.HARBOUR_BURGER;
    private static final String LEMONADE = CheckoutFlowContract.LEMONADE;

    /** One route, and how to call it afresh (each call may need a new order or a new person). */
    private record Route(String name, Function<Map<String, String>, HttpJson.Response> call) {
    }

    @Test
    void everyRoute_answersEachRoleAsItShould() {
        Map<String, String> none = Map.of();
        Map<String, String> cook = newCook();
        Map<String, String> boss = manager();
        Map<String, String> admin = admin();
        String elsewhere = openRestaurant(admin, "Elsewhere").get("id").asText();
        String otherEmail = "other-" + UUID.randomUUID() + "@chit.test";
        hire(admin, elsewhere, otherEmail, "MANAGER");
        Map<String, String> stranger = signIn(otherEmail, PASSWORD);
        String otherCookEmail = "other-cook-" + UUID.randomUUID() + "@chit.test";
        hire(admin, elsewhere, otherCookEmail, "STAFF");
        Map<String, String> strangeCook = signIn(otherCookEmail, PASSWORD);
        String r = "/api/v1/restaurants/" + RESTAURANT;
        String currentMenu = http.get(MENU).body();

        List<Route> routes = List.of(
                new Route("GET /restaurants", as -> http.get("/api/v1/restaurants", as)),
                new Route("POST /restaurants", as -> http.post("/api/v1/restaurants",
                        "{\"name\":\"New\",\"currency\":\"USD\",\"timezone\":\"America/Chicago\"}", as)),
                new Route("GET /restaurants/{id}", as -> http.get(r, as)),
                new Route("PATCH settings", as -> http.patch(r + "/settings", "{\"busyExtraMinutes\":0}", as)),
                new Route("PUT menu", as -> http.put(r + "/menu", currentMenu, as)),
                new Route("GET staff", as -> http.get(r + "/staff", as)),
                new Route("POST staff", as -> http.post(r + "/staff", HttpJson.json(Map.of("email",
                        "hire-" + UUID.randomUUID() + "@chit.test", "name", "New Hire", "password", PASSWORD,
                        "role", "STAFF")), as)),
                new Route("DELETE staff", as -> http.delete(r + "/staff/" + hire(admin, RESTAURANT,
                        "leaver-" + UUID.randomUUID() + "@chit.test", "STAFF").get("id").asText(), as)),
                new Route("GET orders", as -> http.get(r + "/orders", as)),
                new Route("POST bulk-transitions", as -> http.post(r + "/orders/bulk-transitions", HttpJson.json(Map.of(
                        "orderIds", List.of(placeOrder().get("id").asText()), "to", "ACCEPTED")), as)),
                new Route("GET order", as -> http.get("/api/v1/orders/" + placeOrder().get("id").asText(), as)),
                new Route("POST transitions", as -> move(placeOrder().get("id").asText(), as, "ACCEPTED")),
                new Route("POST delay", as -> http.post("/api/v1/orders/" + accepted(admin) + "/delay",
                        "{\"minutes\":10}", as)));

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // Order of callers: nobody, staff, manager, staff and manager of another restaurant, admin.
        // Without credentials it is the public directory.
        expected.put("GET /restaurants", List.of(200, 200, 200, 200, 200, 200));
        expected.put("POST /restaurants", List.of(401, 403, 403, 403, 403, 201));
        expected.put("GET /restaurants/{id}", List.of(401, 200, 200, 404, 404, 200));
        expected.put("PATCH settings", List.of(401, 403, 200, 404, 404, 200));
        expected.put("PUT menu", List.of(401, 403, 200, 404, 404, 200));
        expected.put("GET staff", List.of(401, 403, 200, 404, 404, 200));
        expected.put("POST staff", List.of(401, 403, 201, 404, 404, 201));
        expected.put("DELETE staff", List.of(401, 403, 204, 404, 404, 204));
        expected.put("GET orders", List.of(401, 200, 200, 404, 404, 200));
        expected.put("POST bulk-transitions", List.of(401, 200, 200, 404, 404, 200));
        // A guest's order without its token does not exist for someone who is not signed in.
        expected.put("GET order", List.of(404, 200, 200, 404, 404, 200));
        expected.put("POST transitions", List.of(401, 200, 200, 404, 404, 200));
        expected.put("POST delay", List.of(401, 200, 200, 404, 404, 200));

        List<Map<String, String>> callers = List.of(none, cook, boss, strangeCook, stranger, admin);
        for (Route route : routes) {
            for (int i = 0; i < callers.size(); i++) {
                var response = route.call().apply(callers.get(i));
                assertThat(response.status()).as("%s as caller %d: %s", route.name(), i, response.body())
                        .isEqualTo(expected.get(route.name()).get(i));
                if (response.status() >= 400) {
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                }
            }
        }
    }

    @Test
    void settings_changeAsPatched_andATimedPauseLiftsByItself() {
        Map<String, String> boss = manager();
        Instant pausedUntil = Instant.now().plusSeconds(3);

        var paused = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings",
                HttpJson.json(Map.of("pausedUntil", pausedUntil.toString(), "defaultPrepMinutes", 25)), boss);

        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().get("defaultPrepMinutes").asInt()).isEqualTo(25);
        assertThat(paused.json().get("taxRateBasisPoints").asInt()).as("left as it was").isEqualTo(887);
        assertThat(http.get(MENU).json().at("/restaurant/openNow").asBoolean()).isFalse();
        var closed = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes",
                HttpJson.json(CheckoutFlowContract.cart()), Map.of());
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.json().get("type").asText()).isEqualTo("/problems/restaurant-closed");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(http.get(MENU).json().at("/restaurant/openNow").asBoolean()).isTrue());
        assertThat(http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes",
                HttpJson.json(CheckoutFlowContract.cart()), Map.of()).status()).isEqualTo(200);

        var invalid = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings",
                "{\"serviceFeeBasisPoints\":20000,\"pausedUntil\":null}", boss);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().at("/errors/0/field").asText()).isEqualTo("serviceFeeBasisPoints");
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT, boss).json().get("pausedUntil").asText())
                .as("nothing changed").isNotEqualTo("null");
    }

    @Test
    void withAutoAccept_newOrdersAreAcceptedAtOnce_byTheSystem() {
        Map<String, String> boss = manager();
        http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings", "{\"autoAccept\":true}", boss);

        JsonNode placed = placeOrder();

        assertThat(placed.get("status").asText()).as("the checkout answers the order as placed").isEqualTo("PLACED");
        JsonNode order = http.get("/api/v1/orders/" + placed.get("id").asText(),
                Map.of("X-Order-Token", placed.get("accessToken").asText())).json();
        assertThat(order.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(order.at("/history/1/actor/type").asText()).isEqualTo("SYSTEM");
        assertThat(Duration.between(Instant.parse(order.get("acceptedAt").asText()),
                Instant.parse(order.get("estimatedReadyAt").asText()))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void replacingTheMenu_leavesPastOrdersAsTheyWereSold() {
        Map<String, String> boss = manager();
        JsonNode sold = placeOrder();
        ObjectNode menu = (ObjectNode) http.get(MENU).json();
        ArrayNode categories = (ArrayNode) menu.get("categories");
        ArrayNode burgers = (ArrayNode) categories.get(0).get("items");
        burgers.remove(0);
        ObjectNode lemonade = (ObjectNode) categories.get(2).get("items").get(0);
        lemonade.put("name", "Pink Lemonade").put("price", 500);
        ObjectNode newItem = burgers.addObject();
        newItem.put("name", "Veggie Melt").put("price", 1200).put("description", "New this week");

        var replaced = http.put(MENU, menu.toString(), boss);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode stored = replaced.json();
        assertThat(stored.at("/categories/0/items")).extracting(item -> item.get("name").asText())
                .doesNotContain("Harbour Burger").contains("Veggie Melt");
        String newId = stored.at("/categories/0/items").findValuesAsText("id").getLast();
        assertThat(UUID.fromString(newId).version()).isEqualTo(7);
        assertThat(stored.at("/categories/2/items/0/id").asText()).isEqualTo(LEMONADE);

        JsonNode order = http.get("/api/v1/orders/" + sold.get("id").asText(),
                Map.of("X-Order-Token", sold.get("accessToken").asText())).json();
        assertThat(order.at("/lines/0/name").asText()).isEqualTo("Harbour Burger");
        assertThat(order.at("/lines/0/unitPrice").asLong()).isEqualTo(1700);
        assertThat(order.at("/lines/0/options/1/name").asText()).isEqualTo("Bacon");
        assertThat(order.at("/lines/1/name").asText()).isEqualTo("Lemonade");
        assertThat(order.at("/lines/1/unitPrice").asLong()).isEqualTo(550);
        assertThat(order.get("total").asLong()).isEqualTo(sold.get("total").asLong());

        var gone = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes", HttpJson.json(Map.of(
                "lines", List.of(Map.of("menuItemId", HARBOUR_BURGER, "quantity", 1)),
                "fulfillment", Map.of("type", "PICKUP"))), Map.of());
        assertThat(gone.status()).isEqualTo(422);

        var invalid = http.put(MENU, "{\"categories\":[{\"name\":\"Mains\",\"items\":[{\"name\":\"Free lunch\","
                + "\"price\":-5}]}]}", boss);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().at("/errors/0/field").asText()).isEqualTo("categories[0].items[0].price");
    }

    @Test
    void managers_hireListAndLetGoOfStaff_butKeepAManager() {
        Map<String, String> boss = manager();
        Map<String, String> admin = admin();
        String email = "sam-" + UUID.randomUUID() + "@demo.chit.local";
        JsonNode sam = hire(boss, RESTAURANT, email, "STAFF");
        assertThat(sam.get("role").asText()).isEqualTo("STAFF");
        assertThat(sam.has("password")).isFalse();

        JsonNode staff = http.get("/api/v1/restaurants/" + RESTAURANT + "/staff", boss).json();
        assertThat(staff.get("items")).extracting(member -> member.get("email").asText())
                .containsExactlyInAnyOrder(MANAGER_EMAIL, email);

        String elsewhere = openRestaurant(admin, "Second Kitchen").get("id").asText();
        JsonNode again = hire(admin, elsewhere, email.toUpperCase(), "MANAGER");
        assertThat(again.get("id").asText()).as("the same person, now at two restaurants").isEqualTo(sam.get("id").asText());
        JsonNode theirs = http.get("/api/v1/restaurants", signIn(email, PASSWORD)).json();
        assertThat(theirs.get("items")).extracting(restaurant -> restaurant.get("name").asText())
                .containsExactlyInAnyOrder("Harbour Lane Kitchen", "Second Kitchen");

        assertThat(http.delete("/api/v1/restaurants/" + RESTAURANT + "/staff/" + sam.get("id").asText(), boss).status())
                .isEqualTo(204);
        Map<String, String> samAgain = signIn(email, PASSWORD);
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT + "/orders", samAgain).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/restaurants/" + elsewhere, samAgain).status()).isEqualTo(200);

        String bossId = http.get("/api/v1/restaurants/" + RESTAURANT + "/staff", boss).json()
                .at("/items/0/id").asText();
        var lastManager = http.delete("/api/v1/restaurants/" + RESTAURANT + "/staff/" + bossId, boss);
        assertThat(lastManager.status()).isEqualTo(409);
        assertThat(lastManager.json().get("detail").asText()).contains("last manager");
    }

    private JsonNode openRestaurant(Map<String, String> admin, String name) {
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", name, "currency", "USD",
                "timezone", "America/New_York", "address", "1 Test Street")), admin);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private String accepted(Map<String, String> as) {
        String id = placeOrder().get("id").asText();
        assertThat(move(id, as, "ACCEPTED").status()).isEqualTo(200);
        return id;
    }
}
