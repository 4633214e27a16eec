package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

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
}
