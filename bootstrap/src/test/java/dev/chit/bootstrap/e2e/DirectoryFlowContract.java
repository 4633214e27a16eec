package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/restaurants}: without credentials the public directory (the restaurants
 * that take orders online, public fields only), signed in what the caller may see; both in
 * keyset pages.
 */
abstract class DirectoryFlowContract extends SignedInFlow {

    private static final String RESTAURANTS = "/api/v1/restaurants";
    private static final List<String> PUBLIC_FIELDS = List.of("id", "name", "address", "currency", "timezone",
            "acceptingOrders", "openNow", "pausedUntil");

    private void open(String name, boolean acceptingOrders) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("currency", "EUR");
        body.put("timezone", "Europe/Rome");
        body.put("address", "Via Roma 1, Milano, Italy");
        body.put("acceptingOrders", acceptingOrders);
        var opened = http.post(RESTAURANTS, HttpJson.json(body), admin());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    /** Every page from the first, {@code limit} at a time, as {@code as} sees them. */
    private List<JsonNode> allPages(String limit, Map<String, String> as) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = http.get(RESTAURANTS + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), as);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            List<String> fields = new ArrayList<>();
            page.json().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("items", "nextCursor");
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(Integer.parseInt(limit));
            page.json().get("items").forEach(items::add);
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
            assertThat(++pages).as("pages").isLessThan(20);
        } while (cursor != null);
        return items;
    }

    private static List<String> names(List<JsonNode> items) {
        return items.stream().map(item -> item.get("name").asText()).toList();
    }

    @Test
    void anonymously_theDirectoryListsThoseTakingOrdersOnline_byName_inPages_withPublicFieldsOnly() {
        open("Zucca", true);
        open("Alba", true);
        open("Mare", true);
        open("Bruma (closed for winter)", false);

        List<JsonNode> directory = allPages("2", Map.of());

        assertThat(names(directory)).containsExactly("Alba", "Harbour Lane Kitchen", "Mare", "Zucca");
        for (JsonNode restaurant : directory) {
            List<String> fields = new ArrayList<>();
            restaurant.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(restaurant.toString()).containsExactlyElementsOf(PUBLIC_FIELDS);
        }
        JsonNode harbour = directory.get(1);
        assertThat(harbour.get("id").asText()).isEqualTo(RESTAURANT);
        assertThat(harbour.get("address").asText()).isEqualTo("12 Harbour Lane, Brooklyn, NY 11201, USA");
        assertThat(harbour.get("currency").asText()).isEqualTo("USD");
        assertThat(harbour.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(harbour.get("acceptingOrders").asBoolean()).isTrue();
        assertThat(harbour.get("openNow").isBoolean()).isTrue();
        assertThat(harbour.get("pausedUntil").isNull()).isTrue();
        assertThat(names(allPages("200", Map.of()))).isEqualTo(names(directory));
    }

    @Test
    void aPausedRestaurant_staysListed_closedUntilItsPauseEnds() {
        var paused = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings",
                "{\"pausedUntil\":\"2099-01-01T00:00:00Z\"}", manager());
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);

        JsonNode harbour = http.get(RESTAURANTS).json().get("items").get(0);

        assertThat(harbour.get("openNow").asBoolean()).isFalse();
        assertThat(harbour.get("pausedUntil").asText()).isEqualTo("2099-01-01T00:00:00.000Z");
    }

    @Test
    void signedIn_eachSeesWhatTheyMay_withEverySetting_inPagesToo() {
        open("Alba", true);
        open("Bruma (closed for winter)", false);

        List<JsonNode> managers = allPages("1", manager());
        List<JsonNode> admins = allPages("1", admin());

        assertThat(names(managers)).containsExactly("Harbour Lane Kitchen");
        assertThat(managers.getFirst().has("taxRateBasisPoints")).isTrue();
        assertThat(names(admins)).containsExactly("Alba", "Bruma (closed for winter)", "Harbour Lane Kitchen");
    }

    @Test
    void aStaleCookie_isIgnored_butABearerTokenThatDoesNotCount_is401() {
        var withStaleCookie = http.get(RESTAURANTS, Map.of("Cookie", "chit_session=long-gone"));
        var withBadBearer = http.get(RESTAURANTS, Map.of("Authorization", "Bearer long-gone"));

        assertThat(withStaleCookie.status()).as(withStaleCookie.body()).isEqualTo(200);
        assertThat(names(toList(withStaleCookie.json().get("items")))).containsExactly("Harbour Lane Kitchen");
        assertThat(withBadBearer.status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=201", "limit=ten", "cursor=not-a-cursor", "cursor=AQ",
            "cursor=AAAAAAAAAAAAAAAAAAAAAAAA"})
    void aBadLimitOrCursor_isA400NamingIt(String query) {
        var refused = http.get(RESTAURANTS + "?" + query);
        var refusedSignedIn = http.get(RESTAURANTS + "?" + query, manager());

        for (HttpJson.Response response : List.of(refused, refusedSignedIn)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
