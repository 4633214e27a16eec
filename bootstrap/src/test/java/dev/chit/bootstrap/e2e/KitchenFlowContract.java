package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kitchen's stations through the API, as a manager sets them up and the kitchen works with
 * them: routing of each line, bad input refused with nothing stored, and other restaurants' staff
 * kept out. The demo restaurant starts with a grill (burgers, the default), a bar (drinks) and expo.
 */
abstract class KitchenFlowContract extends SignedInFlow {

    static final String STATIONS = "/api/v1/restaurants/" + RESTAURANT + "/stations";
    static final String GRILL = "01936b2a-4c00-7000-8000-000000000950";
    static final String BAR = "01936b2a-4c00-7000-8000-000000000951";
    static final String EXPO = "01936b2a-4c00-7000-8000-000000000952";

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    static List<String> fields(HttpJson.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void theDemoKitchen_hasAGrillABarAndExpo_andItsStaffSeeThem() {
        var stations = http.get(STATIONS, newCook());

        assertThat(stations.status()).as(stations.body()).isEqualTo(200);
        JsonNode list = stations.json().get("stations");
        assertThat(list).extracting(s -> s.get("name").asText()).containsExactly("Grill", "Bar", "Expo");
        assertThat(list.get(0).get("default").asBoolean()).isTrue();
        assertThat(texts(list.get(0).get("categoryNames"))).containsExactly("Burgers");
        assertThat(list.get(2).get("expo").asBoolean()).isTrue();
    }

    @Test
    void eachLine_goesToTheStationsNamingIt_fixedWhenPlaced() {
        JsonNode order = placeOrder();

        assertThat(texts(order.get("lines").get(0).get("stationIds"))).containsExactly(GRILL);
        assertThat(texts(order.get("lines").get(1).get("stationIds"))).containsExactly(BAR);
        assertThat(order.get("lines").get(0).get("doneAt").isNull()).isTrue();

        // The bar now makes burgers too, and the grill is gone: the order placed keeps its lines where they were.
        var changed = http.put(STATIONS, HttpJson.json(Map.of("stations", List.of(
                Map.of("id", BAR, "name", "Bar", "categoryNames", List.of("Drinks", "Burgers"), "default", true)))),
                manager());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        var read = http.get("/api/v1/orders/" + order.get("id").asText(), manager());
        assertThat(texts(read.json().get("lines").get(0).get("stationIds"))).containsExactly(GRILL);
        assertThat(texts(placeOrder().get("lines").get(0).get("stationIds"))).containsExactly(BAR);
    }

    @Test
    void aManager_replacesTheStations_newOnesGetIds() {
        var saved = http.put(STATIONS, HttpJson.json(Map.of("stations", List.of(
                Map.of("id", GRILL, "name", "Flat top", "categoryNames", List.of("Burgers", "Sides"), "default", true),
                Map.of("name", "Fryer", "itemIds", List.of(CheckoutFlowContract.HARBOUR_BURGER)),
                Map.of("name", "Pass", "expo", true)))), manager());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode list = http.get(STATIONS, manager()).json().get("stations");
        assertThat(list).extracting(s -> s.get("name").asText()).containsExactly("Flat top", "Fryer", "Pass");
        assertThat(list.get(0).get("id").asText()).isEqualTo(GRILL);
        assertThat(list.get(1).get("id").asText()).isNotIn(GRILL, BAR, EXPO);
        assertThat(texts(list.get(1).get("itemIds"))).containsExactly(CheckoutFlowContract.HARBOUR_BURGER);
    }

    @Test
    void badStations_areA422NamingTheField_andNothingIsStored() {
        String before = http.get(STATIONS, manager()).body();
        var refused = http.put(STATIONS, HttpJson.json(Map.of("stations", List.of(
                Map.of("name", "Grill", "categoryNames", List.of("Soups"), "default", true),
                Map.of("name", "grill", "itemIds", List.of(UUID.randomUUID().toString()), "default", true),
                Map.of("name", "", "expo", true),
                Map.of("id", UUID.randomUUID().toString(), "name", "Bar", "expo", true)))), manager());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(fields(refused)).contains("stations[0].categoryNames[0]", "stations[1].name",
                "stations[1].itemIds[0]", "stations[2].name", "stations[3].id", "stations");
        var none = http.put(STATIONS, HttpJson.json(Map.of("stations", List.of(Map.of("name", "Grill")))), manager());
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(fields(none)).containsExactly("stations");
        assertThat(http.get(STATIONS, manager()).body()).isEqualTo(before);
    }

    @Test
    void staffMayNotSetUpStations_andAnotherRestaurantsStaffGetA404() {
        var cook = http.put(STATIONS, HttpJson.json(Map.of("stations", List.of())), newCook());
        assertThat(cook.status()).as(cook.body()).isEqualTo(403);

        Map<String, String> stranger = strangerFromElsewhere();
        assertThat(http.get(STATIONS, stranger).status()).isEqualTo(404);
        assertThat(http.put(STATIONS, HttpJson.json(Map.of("stations", List.of())), stranger).status()).isEqualTo(404);
    }

    /** A new order of the demo restaurant (a burger for the grill, lemonades for the bar), accepted. */
    String acceptedOrder(Map<String, String> as) {
        String id = placeOrder().get("id").asText();
        var accepted = move(id, as, "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    HttpJson.Response post(String path, Map<String, String> as) {
        return http.post("/api/v1/orders/" + path, "", as);
    }

    /** Moves the order's bumps and last move {@code minutes} into the past, as if the kitchen's clock had run on. */
    void age(String orderId, int minutes) throws SQLException {
        try (Connection db = DriverManager.getConnection(testDatabase().settings().jdbcUrl(),
                testDatabase().settings().effectiveUser(), testDatabase().settings().password());
             PreparedStatement lines = db.prepareStatement(
                     "UPDATE order_lines SET done_at = ? WHERE order_id = ? AND done_at IS NOT NULL");
             PreparedStatement moves = db.prepareStatement(
                     "UPDATE order_status_history SET moved_at = ? WHERE order_id = ?")) {
            Timestamp then = Timestamp.from(Instant.now().minus(Duration.ofMinutes(minutes)));
            lines.setTimestamp(1, then);
            lines.setObject(2, UUID.fromString(orderId));
            lines.executeUpdate();
            moves.setTimestamp(1, then);
            moves.setObject(2, UUID.fromString(orderId));
            moves.executeUpdate();
        }
    }

    @Test
    void bumpingEachStation_movesTheOrderToPreparing_thenReady_andTheHistoryNamesTheCook() {
        Map<String, String> cook = newCook();
        String id = acceptedOrder(cook);

        var grill = post(id + "/stations/" + GRILL + "/bump", cook);
        assertThat(grill.status()).as(grill.body()).isEqualTo(200);
        assertThat(grill.json().get("status").asText()).isEqualTo("PREPARING");
        assertThat(grill.json().at("/lines/0/doneAt").isNull()).isFalse();
        assertThat(grill.json().at("/lines/1/doneAt").isNull()).isTrue();
        assertThat(grill.header("ETag")).isEqualTo("\"" + grill.json().get("version").asLong() + "\"");

        String barLine = grill.json().at("/lines/1/id").asText();
        var stale = http.post("/api/v1/orders/" + id + "/lines/" + barLine + "/bump", "",
                with(cook, "If-Match", "\"0\""));
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        var bar = http.post("/api/v1/orders/" + id + "/lines/" + barLine + "/bump", "",
                with(cook, "If-Match", grill.header("ETag")));
        assertThat(bar.status()).as(bar.body()).isEqualTo(200);
        assertThat(bar.json().get("status").asText()).isEqualTo("READY");
        JsonNode history = bar.json().get("history");
        String cookId = http.get("/api/v1/auth/me", cook).json().get("id").asText();
        assertThat(history).extracting(h -> h.get("to").asText()).containsExactly("PLACED", "ACCEPTED", "PREPARING",
                "READY");
        assertThat(history.get(3).at("/actor/id").asText()).isEqualTo(cookId);

        var again = post(id + "/lines/" + barLine + "/bump", cook);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }

    @Test
    void aBump_isRecalledWithinTenMinutes_butNotLater() throws SQLException {
        Map<String, String> cook = newCook();
        String id = acceptedOrder(cook);
        assertThat(post(id + "/stations/" + GRILL + "/bump", cook).status()).isEqualTo(200);
        var ready = post(id + "/stations/" + BAR + "/bump", cook);
        assertThat(ready.json().get("status").asText()).isEqualTo("READY");

        var recalled = post(id + "/stations/" + BAR + "/recall", cook);
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);
        assertThat(recalled.json().get("status").asText()).isEqualTo("PREPARING");
        assertThat(recalled.json().at("/lines/1/doneAt").isNull()).isTrue();
        assertThat(recalled.json().at("/lines/0/doneAt").isNull()).isFalse();

        age(id, 11);
        var late = post(id + "/stations/" + GRILL + "/recall", cook);
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).isEqualTo("/problems/invalid-transition");
    }

    @Test
    void aReadyOrder_isRecalledWithAReason_andACompletedOne_onlyWithinTenMinutes() throws SQLException {
        Map<String, String> cook = newCook();
        String id = acceptedOrder(cook);
        post(id + "/stations/" + GRILL + "/bump", cook);
        post(id + "/stations/" + BAR + "/bump", cook);

        var noReason = http.post("/api/v1/orders/" + id + "/recall", HttpJson.json(Map.of()), cook);
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(fields(noReason)).containsExactly("reason");
        var back = http.post("/api/v1/orders/" + id + "/recall", HttpJson.json(Map.of("reason", "wrong sauce")), cook);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("status").asText()).isEqualTo("PREPARING");
        assertThat(back.json().at("/history/4/reason").asText()).isEqualTo("wrong sauce");

        assertThat(move(id, cook, "READY").status()).isEqualTo(200);
        assertThat(move(id, cook, "COMPLETED").status()).isEqualTo(200);
        var uncompleted = http.post("/api/v1/orders/" + id + "/recall", HttpJson.json(Map.of("reason", "not collected")),
                cook);
        assertThat(uncompleted.status()).as(uncompleted.body()).isEqualTo(200);
        assertThat(uncompleted.json().get("status").asText()).isEqualTo("READY");
        assertThat(uncompleted.json().get("completedAt").isNull()).isTrue();

        assertThat(move(id, cook, "COMPLETED").status()).isEqualTo(200);
        age(id, 11);
        var late = http.post("/api/v1/orders/" + id + "/recall", HttpJson.json(Map.of("reason", "too late")), cook);
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        var accepted = acceptedOrder(cook);
        var notReady = http.post("/api/v1/orders/" + accepted + "/recall", HttpJson.json(Map.of("reason", "x")), cook);
        assertThat(notReady.status()).as(notReady.body()).isEqualTo(409);
    }

    @Test
    void anotherRestaurantsStaff_cannotBumpOrRecall_andUnknownLinesAndStationsAre404() {
        Map<String, String> cook = newCook();
        String id = acceptedOrder(cook);
        Map<String, String> stranger = strangerFromElsewhere();

        assertThat(post(id + "/stations/" + GRILL + "/bump", stranger).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/orders/" + id + "/recall", HttpJson.json(Map.of("reason", "x")), stranger)
                .status()).isEqualTo(404);
        assertThat(post(id + "/lines/" + UUID.randomUUID() + "/bump", cook).status()).isEqualTo(404);
        assertThat(post(id + "/stations/" + UUID.randomUUID() + "/bump", cook).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/orders/" + id, cook).json().get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void theBoard_hearsOfEachBump_withTheLinesStationsAndDoneAt() {
        Map<String, String> cook = newCook();
        String id = acceptedOrder(cook);
        String token = cook.get("Authorization").substring("Bearer ".length());
        try (LiveClient live = LiveClient.open(baseUri(), "/ws/restaurants/" + RESTAURANT + "/orders?token=" + token)) {
            live.next("snapshot");
            post(id + "/stations/" + GRILL + "/bump", cook);

            // The bump, then the move to PREPARING it caused, each a frame of its own.
            List<JsonNode> frames = live.until(frame -> frame.path("change").asText().equals("moved"));
            JsonNode bumped = frames.stream().filter(frame -> frame.path("change").asText().equals("bumped"))
                    .findFirst().orElseThrow();
            assertThat(texts(bumped.at("/order/lines/0/stationIds"))).containsExactly(GRILL);
            assertThat(bumped.at("/order/lines/0/doneAt").isNull()).isFalse();
            assertThat(frames.getLast().at("/order/status").asText()).isEqualTo("PREPARING");
            assertThat(frames.getLast().get("order")).isEqualTo(http.get("/api/v1/orders/" + id, cook).json());
        }
    }

    /** A manager of another restaurant, signed in. */
    Map<String, String> strangerFromElsewhere() {
        var admin = admin();
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Elsewhere", "currency", "USD",
                "timezone", "America/New_York", "address", "1 Test Street")), admin);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String email = "chef-" + UUID.randomUUID() + "@elsewhere.test";
        hire(admin, opened.json().get("id").asText(), email, "MANAGER");
        return signIn(email, PASSWORD);
    }

    @Test
    void theSummary_givesEachStationsAverageTime_fromAcceptToItsLastBump() throws SQLException {
        Map<String, String> cook = newCook();
        String id = acceptedOrder(cook);
        assertThat(post(id + "/stations/" + GRILL + "/bump", cook).status()).isEqualTo(200);
        JsonNode ready = post(id + "/stations/" + BAR + "/bump", cook).json();
        // Moved to a day of its own, long ago: accepted at noon, the bar done 3 minutes later, the grill 6.
        Instant accepted = Instant.parse("2020-01-15T17:00:00Z");
        try (Connection db = DriverManager.getConnection(testDatabase().settings().jdbcUrl(),
                testDatabase().settings().effectiveUser(), testDatabase().settings().password());
             PreparedStatement order = db.prepareStatement(
                     "UPDATE orders SET placed_at = ?, accepted_at = ? WHERE id = ?");
             PreparedStatement line = db.prepareStatement("UPDATE order_lines SET done_at = ? WHERE id = ?")) {
            order.setTimestamp(1, Timestamp.from(accepted.minusSeconds(60)));
            order.setTimestamp(2, Timestamp.from(accepted));
            order.setObject(3, UUID.fromString(id));
            assertThat(order.executeUpdate()).isEqualTo(1);
            line.setTimestamp(1, Timestamp.from(accepted.plus(Duration.ofMinutes(6))));
            line.setObject(2, UUID.fromString(ready.at("/lines/0/id").asText()));
            assertThat(line.executeUpdate()).isEqualTo(1);
            line.setTimestamp(1, Timestamp.from(accepted.plus(Duration.ofMinutes(3))));
            line.setObject(2, UUID.fromString(ready.at("/lines/1/id").asText()));
            assertThat(line.executeUpdate()).isEqualTo(1);
        }

        var summary = http.get("/api/v1/restaurants/" + RESTAURANT
                + "/reports/summary?from=2020-01-15&to=2020-01-15&format=json", manager());

        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode speeds = summary.json().get("stationSpeeds");
        assertThat(speeds).as(speeds.toString()).hasSize(2);
        assertThat(speeds.get(0).get("stationId").asText()).isEqualTo(GRILL);
        assertThat(speeds.get(0).get("name").asText()).isEqualTo("Grill");
        assertThat(speeds.get(0).get("orders").asLong()).isEqualTo(1);
        assertThat(speeds.get(0).get("averageMinutes").asDouble()).isEqualTo(6.0);
        assertThat(speeds.get(1).get("name").asText()).isEqualTo("Bar");
        assertThat(speeds.get(1).get("averageMinutes").asDouble()).isEqualTo(3.0);
    }
}
