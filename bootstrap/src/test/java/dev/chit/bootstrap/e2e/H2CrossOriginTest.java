package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Other sites against the whole server over real HTTP and WebSockets: a restaurant's own website
 * (a configured CORS origin) may call the guest's routes, never the staff's; a public origin a
 * proxy serves Chit at passes the WebSocket upgrade's and the CSRF check's {@code Origin} rule,
 * though it is not the {@code Host} the server sees.
 */
class H2CrossOriginTest extends SignedInFlow {

    private static final String SHOP = "https://harbour-lane.example";
    private static final String PUBLIC = "https://order.example.com";
    private static final String EVIL = "https://evil.example";
    private static final String MENU = "/api/v1/restaurants/" + RESTAURANT + "/menu";

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withSignIn(defaults.signIn().withSecureCookies(false).withOrigins(Set.of(PUBLIC), Set.of(SHOP)));
    }

    @Test
    void theRestaurantsSite_readsTheMenu_checksOut_andFollowsItsOrder() {
        var menu = http.get(MENU, Map.of("Origin", SHOP));
        assertThat(menu.status()).isEqualTo(200);
        assertCrossOrigin(menu);

        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                Map.of("Origin", SHOP, "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertCrossOrigin(placed);

        JsonNode order = placed.json();
        var followed = http.get("/api/v1/orders/" + order.get("id").asText(),
                Map.of("Origin", SHOP, "X-Order-Token", order.get("accessToken").asText()));
        assertThat(followed.status()).isEqualTo(200);
        assertCrossOrigin(followed);
    }

    @Test
    void aPreflightOfTheCheckout_fromTheRestaurantsSite_isAnswered204() {
        var preflight = http.raw("OPTIONS", "/api/v1/orders", null, new byte[0], Map.of("Origin", SHOP,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,idempotency-key"));

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers"))
                .contains("Content-Type", "Idempotency-Key", "X-Order-Token", "X-Request-Id");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anotherSite_getsNoCorsHeaders_andNoPreflight() {
        var menu = http.get(MENU, Map.of("Origin", EVIL));
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        var preflight = http.raw("OPTIONS", "/api/v1/orders", null, new byte[0], Map.of("Origin", EVIL,
                "Access-Control-Request-Method", "POST"));
        assertThat(preflight.status()).isNotEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void staffRoutes_neverAnswerCrossOrigin_notEvenTheRestaurantsSite() {
        Map<String, String> manager = new HashMap<>(manager());
        manager.put("Origin", SHOP);
        var board = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders", manager);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        for (String[] staff : new String[][] {{"/api/v1/restaurants/" + RESTAURANT + "/orders", "GET"},
                {MENU, "PUT"}, {"/api/v1/auth/login", "POST"}}) {
            var preflight = http.raw("OPTIONS", staff[0], null, new byte[0], Map.of("Origin", SHOP,
                    "Access-Control-Request-Method", staff[1], "Access-Control-Request-Headers", "authorization"));
            assertThat(preflight.status()).as(staff[1] + " " + staff[0]).isNotEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(staff[0]).isEmpty();
        }
    }

    @Test
    void theBoardsUpgrade_fromThePublicOrigin_isAccepted_andFromAnotherSite_is403() {
        Map<String, String> cookie = cookieSignIn(MANAGER_EMAIL, MANAGER_PASSWORD);
        String board = "/ws/restaurants/" + RESTAURANT + "/orders";
        assertThatThrownBy(() -> LiveClient.open(chit().baseUri(), board, with(cookie, "Origin", EVIL)))
                .hasStackTraceContaining("403");
        try (LiveClient portal = LiveClient.open(chit().baseUri(), board, with(cookie, "Origin", PUBLIC))) {
            portal.next("snapshot");
        }
    }

    @Test
    void theCsrfCheck_acceptsThePublicOrigin_andNotAnotherSite() {
        Map<String, String> cookie = cookieSignIn(MANAGER_EMAIL, MANAGER_PASSWORD);

        var refused = http.post("/api/v1/auth/logout", "{}", with(cookie, "Origin", EVIL));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/csrf");

        assertThat(http.post("/api/v1/auth/logout", "{}", with(cookie, "Origin", PUBLIC)).status()).isEqualTo(204);
    }

    private static void assertCrossOrigin(HttpJson.Response response) {
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(response.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Origin"));
        assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Request-Id", "Location", "Retry-After");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }
}
