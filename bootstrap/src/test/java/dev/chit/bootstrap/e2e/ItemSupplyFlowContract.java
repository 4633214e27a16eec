package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timed 86 and counted portions over HTTP (docs/menu-and-pricing.md): {@code PATCH
 * .../menu/items/{itemId}}, checkouts taking portions without ever overselling, a rejected order
 * giving them back, and an item sold out until a time coming back by itself.
 */
abstract class ItemSupplyFlowContract extends SignedInFlow {

    private static final String SETTINGS = "/api/v1/restaurants/" + RESTAURANT + "/settings";
    private static final String MENU = "/api/v1/restaurants/" + RESTAURANT + "/menu";
    private static final String LEMONADE = CheckoutFlowContract.LEMONADE;
    private static final String ITEM = MENU + "/items/" + LEMONADE;
    private static final int GUESTS = 20;

    // One lemonade (5.50) is below the demo's minimum order (10.00): no minimum here.
    @BeforeEach
    void noMinimumOrder() {
        var set = http.patch(SETTINGS, "{\"minOrder\":0}", manager());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private JsonNode lemonade() {
        for (JsonNode category : http.get(MENU).json().get("categories")) {
            for (JsonNode item : category.get("items")) {
                if (item.get("id").asText().equals(LEMONADE)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no lemonade on the menu");
    }

    private static String oneLemonade() {
        return lemonades(1);
    }

    private static String lemonades(int quantity) {
        return CheckoutFlowContract.order(Map.of("lines", List.of(Map.of("menuItemId", LEMONADE, "quantity", quantity,
                "optionIds", List.of(CheckoutFlowContract.LARGE))), "fulfillment", Map.of("type", "PICKUP")));
    }

    private static void assertPlaced(HttpJson.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private HttpJson.Response checkout(String body) {
        return http.post("/api/v1/orders", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    void staffCountPortions_theMenuShowsThem_andAtZeroTheItemIsSoldOutByName() {
        var set = http.patch(ITEM, "{\"stock\":2}", newCook());
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        assertThat(lemonade().get("stock").asInt()).isEqualTo(2);

        assertPlaced(checkout(oneLemonade()));
        assertPlaced(checkout(oneLemonade()));
        JsonNode soldOut = lemonade();
        assertThat(soldOut.get("stock").asInt()).isZero();
        assertThat(soldOut.get("available").asBoolean()).isFalse();

        var refused = checkout(oneLemonade());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("lines[0].menuItemId");
        assertThat(refused.json().at("/errors/0/code").asText()).isIn("sold-out", "item-unavailable");

        var uncounted = http.patch(ITEM, "{\"stock\":null}", manager());
        assertThat(uncounted.status()).isEqualTo(204);
        assertThat(lemonade().has("stock")).isFalse();
        assertPlaced(checkout(oneLemonade()));
    }

    @Test
    void twentyCheckoutsAtOnceForFivePortions_exactlyFiveSucceed() throws Exception {
        assertThat(http.patch(ITEM, "{\"stock\":5}", manager()).status()).isEqualTo(204);
        String body = oneLemonade();
        CountDownLatch start = new CountDownLatch(1);
        List<HttpJson.Response> responses = new ArrayList<>();
        try (ExecutorService guests = Executors.newFixedThreadPool(GUESTS)) {
            List<Future<HttpJson.Response>> sent = new ArrayList<>();
            for (int guest = 0; guest < GUESTS; guest++) {
                sent.add(guests.submit(() -> {
                    start.await();
                    return checkout(body);
                }));
            }
            start.countDown();
            for (Future<HttpJson.Response> response : sent) {
                responses.add(response.get(60, TimeUnit.SECONDS));
            }
        }

        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(5);
        assertThat(responses).filteredOn(response -> response.status() != 201)
                .allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(422));
        assertThat(lemonade().get("stock").asInt()).isZero();
    }

    @Test
    void anOrderRejectedBeforeItWasAccepted_givesItsPortionsBack() {
        Map<String, String> manager = manager();
        assertThat(http.patch(ITEM, "{\"stock\":3}", manager).status()).isEqualTo(204);
        var placed = checkout(lemonades(2));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(lemonade().get("stock").asInt()).isEqualTo(1);

        var rejected = http.post("/api/v1/orders/" + placed.json().get("id").asText() + "/transitions",
                "{\"to\":\"REJECTED\",\"reason\":\"out of lemons\"}", manager);

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(lemonade().get("stock").asInt()).isEqualTo(3);
    }

    @Test
    void anItemSoldOutUntilATime_comesBackByItself() throws Exception {
        Instant soon = Instant.now().plusSeconds(2);
        var set = http.patch(ITEM, "{\"availableAgainAt\":\"" + soon + "\"}", newCook());
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        JsonNode out = lemonade();
        assertThat(out.get("available").asBoolean()).isFalse();
        assertThat(Instant.parse(out.get("availableAgainAt").asText())).isEqualTo(soon.truncatedTo(ChronoUnit.MILLIS));
        assertThat(checkout(oneLemonade()).status()).isEqualTo(422);

        // The job runs with the one that fires scheduled orders (every 15 s).
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(45));
        while (!lemonade().get("available").asBoolean() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
        }
        JsonNode back = lemonade();
        assertThat(back.get("available").asBoolean()).isTrue();
        assertThat(back.has("availableAgainAt")).isFalse();
        assertPlaced(checkout(oneLemonade()));
    }

    @Test
    void everyChange_reachesAnOpenBoard_asMenuUpdated() {
        Map<String, String> cook = newCook();
        try (LiveClient board = LiveClient.open(chit().baseUri(), "/ws/restaurants/" + RESTAURANT + "/orders?token="
                + LiveUpdatesContract.token(cook))) {
            board.next("snapshot");

            assertThat(http.patch(ITEM, "{\"stock\":12}", cook).status()).isEqualTo(204);
            board.next("menu.updated");

            assertPlaced(checkout(oneLemonade()));
            // The order's own frame and the menu's, in either order: the menu's comes with the next sweep.
            List<JsonNode> frames = board.until(frame -> frame.get("type").asText().equals("menu.updated"));
            assertThat(frames.getLast().get("type").asText()).isEqualTo("menu.updated");
            assertThat(lemonade().get("stock").asInt()).isEqualTo(11);
        }
    }

    @Test
    void soldOutUntilSomeoneSaysSo_staysOut_untilAvailableAgain() {
        Map<String, String> cook = newCook();
        assertThat(http.patch(ITEM, "{\"available\":false,\"availableAgainAt\":null}", cook).status()).isEqualTo(204);
        assertThat(lemonade().get("available").asBoolean()).isFalse();
        assertThat(lemonade().has("availableAgainAt")).isFalse();

        assertThat(http.patch(ITEM, "{\"available\":true}", cook).status()).isEqualTo(204);
        assertThat(lemonade().get("available").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"stock\":-1}|stock",
            "{\"stock\":100001}|stock",
            "{\"availableAgainAt\":\"2001-01-01T00:00:00Z\"}|availableAgainAt",
            "{\"available\":true,\"availableAgainAt\":\"2999-01-01T00:00:00Z\"}|availableAgainAt"})
    void badChanges_are422NamingTheField_andChangeNothing(String body, String field) {
        Map<String, String> manager = manager();
        String before = http.get(MENU).body();

        var refused = http.patch(ITEM, body, manager);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(http.get(MENU).body()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"stock\":\"many\"}|stock",
            "{\"availableAgainAt\":\"tomorrow\"}|availableAgainAt",
            "{\"available\":\"yes\"}|available",
            "{\"portions\":3}|portions"})
    void unreadableChanges_are400NamingTheField_andChangeNothing(String body, String field) {
        String before = http.get(MENU).body();

        var refused = http.patch(ITEM, body, manager());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(http.get(MENU).body()).isEqualTo(before);
    }

    @Test
    void onlyStaffOfTheRestaurantChangeAnItem_andAnUnknownItemIs404() {
        assertThat(http.patch(ITEM, "{\"stock\":1}", Map.of()).status()).isEqualTo(401);
        var unknown = http.patch(MENU + "/items/" + UUID.randomUUID(), "{\"stock\":1}", manager());
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }
}
