package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.application.access.Caller;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.CLOSED_DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.CALLER_HEADER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Restaurants and their settings over HTTP: merge-patch semantics, access, and opening one. */
class RestaurantApiTest {

    private static final String SETTINGS = "/api/v1/restaurants/" + DINER + "/settings";

    private final TestApi api = TestApi.start();

    RestaurantApiTest() {
        api.callers.put("cook", caller(false, new Membership(DINER, Role.STAFF)));
        api.callers.put("boss", caller(false, new Membership(DINER, Role.MANAGER)));
        api.callers.put("admin", caller(true));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static Caller caller(boolean admin, Membership... memberships) {
        return new Caller(new UserId(UUID.randomUUID()), "someone@example.org", "Someone", admin, List.of(memberships));
    }

    private HttpResponse<String> patch(String who, String contentType, String body) {
        return api.send(api.request(SETTINGS, CALLER_HEADER, who, "Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        json(problem).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void aPatch_changesWhatItNames_keepsTheRest_andNullClears() {
        var paused = patch("boss", "application/merge-patch+json",
                "{\"pausedUntil\":\"2026-11-25T19:00:00Z\",\"capacityPerSlot\":60,\"openingHours\":"
                        + "[{\"day\":\"MONDAY\",\"open\":\"11:00\",\"close\":\"24:00\"}]}");
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        JsonNode restaurant = json(paused);
        assertThat(restaurant.get("pausedUntil").asText()).isEqualTo("2026-11-25T19:00:00.000Z");
        assertThat(restaurant.at("/openingHours/0/close").asText()).isEqualTo("24:00");
        assertThat(restaurant.get("taxRateBasisPoints").asInt()).isEqualTo(825);

        JsonNode cleared = json(patch("boss", "application/json",
                "{\"pausedUntil\":null,\"openingHours\":null,\"minOrder\":750}"));

        assertThat(cleared.get("pausedUntil").isNull()).isTrue();
        assertThat(cleared.get("openingHours").isNull()).isTrue();
        assertThat(cleared.get("capacityPerSlot").asInt()).isEqualTo(60);
        assertThat(cleared.get("minOrder").asLong()).isEqualTo(750);
    }

    @Test
    void theBoardsTimerThresholds_startAtTheDefaults_andAreSetLikeAnyOtherSetting() {
        JsonNode before = json(api.get("/api/v1/restaurants/" + DINER, CALLER_HEADER, "boss"));
        assertThat(before.get("dueSoonMinutes").asInt()).isEqualTo(5);
        assertThat(before.get("lateAfterMinutes").asInt()).isEqualTo(0);

        JsonNode set = json(patch("boss", "application/json", "{\"dueSoonMinutes\":8,\"lateAfterMinutes\":3}"));
        var outOfRange = patch("boss", "application/json", "{\"dueSoonMinutes\":0,\"lateAfterMinutes\":121}");

        assertThat(set.get("dueSoonMinutes").asInt()).isEqualTo(8);
        assertThat(set.get("lateAfterMinutes").asInt()).isEqualTo(3);
        assertThat(outOfRange.statusCode()).as(outOfRange.body()).isEqualTo(422);
        assertThat(fields(outOfRange)).containsExactly("dueSoonMinutes", "lateAfterMinutes");
    }

    @Test
    void everyInvalidSetting_isNamed_andNullIsRefusedWhereAValueIsNeeded() {
        var outOfRange = patch("boss", "application/json", "{\"taxRateBasisPoints\":-5,\"busyExtraMinutes\":999,"
                + "\"autoPauseAfterMissed\":0,\"acceptingOrders\":false}");
        var unreadable = patch("boss", "application/json", "{\"defaultPrepMinutes\":null,"
                + "\"openingHours\":[{\"day\":\"MONDAY\",\"open\":\"25:00\",\"close\":\"12:00\"},null]}");

        assertThat(outOfRange.statusCode()).as(outOfRange.body()).isEqualTo(422);
        assertThat(fields(outOfRange)).containsExactly("taxRateBasisPoints", "busyExtraMinutes", "autoPauseAfterMissed");
        assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(422);
        assertThat(fields(unreadable)).containsExactly("defaultPrepMinutes", "openingHours[0].open", "openingHours[1]");
        JsonNode unchanged = json(api.get("/api/v1/restaurants/" + DINER, CALLER_HEADER, "boss"));
        assertThat(unchanged.get("taxRateBasisPoints").asInt()).isEqualTo(825);
        assertThat(unchanged.get("acceptingOrders").asBoolean()).isTrue();
    }

    @Test
    void aSettingThatIsNotOne_orOfTheWrongType_is400() {
        var unknown = patch("boss", "application/json", "{\"colour\":\"red\"}");
        var wrongType = patch("boss", "application/json", "{\"autoAccept\":\"yes\"}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("colour");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("autoAccept");
    }

    @Test
    void settingsAreForManagers_restaurantsForTheirStaff() {
        assertThat(patch("cook", "application/json", "{\"autoAccept\":true}").statusCode()).isEqualTo(403);
        assertThat(json(patch("cook", "application/json", "{\"autoAccept\":true}")).get("type").asText())
                .isEqualTo("/problems/forbidden");
        assertThat(api.send(api.request(SETTINGS, "Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/restaurants/" + DINER, CALLER_HEADER, "cook").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/restaurants/" + CLOSED_DINER, CALLER_HEADER, "cook").statusCode()).isEqualTo(404);
        assertThat(patch("admin", "application/json", "{\"autoAccept\":true}").statusCode()).isEqualTo(200);
    }

    @Test
    void theStripeAccount_isSetByAnAdmin_shownToManagers_andMayComeBackUnchanged() {
        assertThat(json(api.get("/api/v1/restaurants/" + DINER, CALLER_HEADER, "boss")).get("stripeAccountId")
                .isNull()).isTrue();
        var byManager = patch("boss", "application/json", "{\"stripeAccountId\":\"acct_1Diner\"}");
        assertThat(byManager.statusCode()).as(byManager.body()).isEqualTo(403);
        assertThat(json(byManager).get("type").asText()).isEqualTo("/problems/forbidden");

        var byAdmin = patch("admin", "application/json", "{\"stripeAccountId\":\"acct_1Diner\"}");
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
        JsonNode seen = json(api.get("/api/v1/restaurants/" + DINER, CALLER_HEADER, "boss"));
        assertThat(seen.get("stripeAccountId").asText()).isEqualTo("acct_1Diner");

        var sentBack = patch("boss", "application/json", "{\"stripeAccountId\":\"acct_1Diner\",\"autoAccept\":true}");
        assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(200);
        assertThat(patch("boss", "application/json", "{\"stripeAccountId\":null}").statusCode()).isEqualTo(403);
        var malformed = patch("admin", "application/json", "{\"stripeAccountId\":\"sk_live_123\"}");
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(422);
        assertThat(fields(malformed)).containsExactly("stripeAccountId");
        assertThat(json(patch("admin", "application/json", "{\"stripeAccountId\":null}")).get("stripeAccountId")
                .isNull()).isTrue();
    }

    @Test
    void theList_showsEachCallerTheirRestaurants() {
        JsonNode cooks = json(api.get("/api/v1/restaurants", CALLER_HEADER, "cook"));
        JsonNode admins = json(api.get("/api/v1/restaurants", CALLER_HEADER, "admin"));

        assertThat(cooks.get("items")).extracting(r -> r.get("id").asText()).containsExactly(DINER.toString());
        assertThat(cooks.get("nextCursor").isNull()).isTrue();
        assertThat(admins.get("items")).extracting(r -> r.get("name").asText()).containsExactly("Chit Diner", "Closed Diner");
    }

    @Test
    void theList_withoutCredentials_isTheDirectory_ofThoseTakingOrders_withPublicFieldsOnly() {
        var response = api.get("/api/v1/restaurants");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode directory = json(response);
        assertThat(directory.get("items")).extracting(r -> r.get("name").asText()).containsExactly("Chit Diner");
        List<String> fields = new ArrayList<>();
        directory.get("items").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "name", "address", "currency", "timezone", "acceptingOrders",
                "openNow", "pausedUntil");
        assertThat(directory.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void anAdmin_opensARestaurant_withAnySettings() {
        var opened = api.postJson("/api/v1/restaurants", "{\"name\":\"Nova\",\"currency\":\"EUR\","
                + "\"timezone\":\"Europe/Rome\",\"taxRateBasisPoints\":1000,\"autoAccept\":true}", CALLER_HEADER, "admin");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode restaurant = json(opened);
        assertThat(opened.headers().firstValue("Location")).contains("/api/v1/restaurants/" + restaurant.get("id").asText());
        assertThat(restaurant.get("currency").asText()).isEqualTo("EUR");
        assertThat(restaurant.get("taxRateBasisPoints").asInt()).isEqualTo(1000);
        assertThat(restaurant.get("autoAccept").asBoolean()).isTrue();
        assertThat(restaurant.get("defaultPrepMinutes").asInt()).isEqualTo(20);
        assertThat(restaurant.get("address").isNull()).isTrue();
        assertThat(api.get("/api/v1/restaurants/" + restaurant.get("id").asText() + "/menu").statusCode()).isEqualTo(200);
    }

    @Test
    void openingARestaurant_needsAnAdmin_andNamesEveryBadField() {
        var refused = api.postJson("/api/v1/restaurants", "{\"currency\":\"EURO\",\"timezone\":\"+02:00\"}",
                CALLER_HEADER, "admin");
        var badSettings = api.postJson("/api/v1/restaurants", "{\"name\":\"Nova\",\"currency\":\"EUR\","
                + "\"timezone\":\"Europe/Rome\",\"defaultPrepMinutes\":0,\"deliveryFee\":-1}", CALLER_HEADER, "admin");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("name", "currency", "timezone");
        assertThat(fields(badSettings)).containsExactly("defaultPrepMinutes", "deliveryFee");
        assertThat(api.postJson("/api/v1/restaurants", "{\"name\":\"Nova\",\"currency\":\"EUR\","
                + "\"timezone\":\"Europe/Rome\"}", CALLER_HEADER, "boss").statusCode()).isEqualTo(403);
    }
}
