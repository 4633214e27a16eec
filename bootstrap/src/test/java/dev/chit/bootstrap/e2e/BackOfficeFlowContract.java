package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Running restaurants against the whole server: settings with a pause that lifts by itself and
 * auto-accept, replacing the menu without touching past orders, and hiring, listing (a page at a
 * time) and letting go of staff. Who may call which route is {@link AccessMatrixContract}'s.
 */
abstract class BackOfficeFlowContract extends SignedInFlow {

    private static final String MENU = "/api/v1/restaurants/" + RESTAURANT + "/menu";
    private static final String HARBOUR_BURGER = CheckoutFlowContract.HARBOUR_BURGER;
    private static final String LEMONADE = CheckoutFlowContract.LEMONADE;

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

    @Test
    void theStaffList_comesInKeysetPages_byName_eachMemberOnce() {
        Map<String, String> boss = manager();
        List<String> hired = new ArrayList<>();
        // Two with the same name: the id decides between them, and a page may end between the two.
        for (String name : List.of("Avery", "Blake", "Blake", "Casey", "Drew")) {
            String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@demo.chit.local";
            var made = http.post("/api/v1/restaurants/" + RESTAURANT + "/staff", HttpJson.json(Map.of("email", email,
                    "name", name, "password", PASSWORD, "role", "STAFF")), boss);
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            hired.add(email);
        }

        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = http.get("/api/v1/restaurants/" + RESTAURANT + "/staff?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), boss);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isBetween(1, 2);
            page.json().get("items").forEach(member -> {
                seen.add(member.get("email").asText());
                names.add(member.get("name").asText());
            });
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsAll(hired).contains(MANAGER_EMAIL).hasSize(6);
        assertThat(names).isSorted();
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT + "/staff?cursor=not-ours", boss).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT + "/staff?limit=201", boss).status()).isEqualTo(400);
    }

    private JsonNode openRestaurant(Map<String, String> admin, String name) {
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", name, "currency", "USD",
                "timezone", "America/New_York", "address", "1 Test Street")), admin);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }
}
