package dev.chit.adapters.web;

import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.adapters.web.security.SecuritySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS on the API's own routes: the guest's answer a configured site (whatever the answer, a 404
 * too, so that the site's page can read the problem), the staff's never; preflights for the
 * guest's methods only.
 */
class CrossOriginApiTest {

    private static final String SITE = "https://harbour-lane.example";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new SecuritySettings(true, false, Optional.empty(), Set.of(), Set.of(SITE)), routing -> { });
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aGuestRoute_answersTheConfiguredSite_withoutCredentials() {
        HttpResponse<String> order = api.get("/api/v1/orders/" + UUID.randomUUID(), "Origin", SITE,
                "X-Order-Token", "not-a-token");

        assertThat(order.statusCode()).isEqualTo(404);
        assertThat(order.headers().firstValue("Access-Control-Allow-Origin")).contains(SITE);
        assertThat(order.headers().firstValue("Access-Control-Expose-Headers")).contains("X-Request-Id, Location, Retry-After");
        assertThat(order.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Origin"));
        assertThat(order.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anotherSite_orNoOrigin_getsNoCorsHeader() {
        assertThat(api.get("/api/v1/restaurants/" + DINER.value() + "/menu", "Origin", "https://evil.example")
                .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(api.get("/api/v1/restaurants/" + DINER.value() + "/menu")
                .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aStaffRoute_neverAnswersAnotherSite() {
        HttpResponse<String> board = api.get("/api/v1/restaurants/" + DINER.value() + "/orders", "Origin", SITE,
                "Authorization", "Bearer " + api.bearerFor("sam@example.com"));

        assertThat(board.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight("/api/v1/restaurants/" + DINER.value() + "/orders", "GET").headers()
                .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflight_isAnsweredForTheGuestsMethodsOnly() {
        HttpResponse<String> checkout = preflight("/api/v1/orders", "POST");
        assertThat(checkout.statusCode()).isEqualTo(204);
        assertThat(checkout.headers().firstValue("Access-Control-Allow-Methods")).contains("POST");
        assertThat(checkout.headers().firstValue("Access-Control-Allow-Headers"))
                .contains("Content-Type, Idempotency-Key, X-Order-Token, X-Request-Id");
        assertThat(checkout.headers().firstValue("Access-Control-Max-Age")).contains("600");

        HttpResponse<String> replaceMenu = preflight("/api/v1/restaurants/" + DINER.value() + "/menu", "PUT");
        assertThat(replaceMenu.statusCode()).isNotEqualTo(204);
        assertThat(replaceMenu.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static HttpResponse<String> preflight(String path, String method) {
        return api.send(api.request(path, "Origin", SITE, "Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }
}
