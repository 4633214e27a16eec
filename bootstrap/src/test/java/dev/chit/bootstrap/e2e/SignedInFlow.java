package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.web.security.Argon2Passwords;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole server on a fresh database with the demo restaurant, for flows of people who sign
 * in: the demo manager, staff they hire, and a platform admin (made directly in the database,
 * since no route makes admins). Everyone signs in through {@code POST /api/v1/auth/login}.
 */
abstract class SignedInFlow {

    static final String RESTAURANT = CheckoutFlowContract.RESTAURANT;
    static final String MANAGER_EMAIL = "manager@demo.chit.local";
    static final String MANAGER_PASSWORD = "chit-demo-manager";
    static final String ADMIN_EMAIL = "admin@chit.test";
    static final String PASSWORD = "a long enough password";

    private TestDatabase database;
    private Chit chit;
    HttpJson http;

    /** A fresh, empty database for one test. */
    abstract TestDatabase createDatabase();

    @BeforeEach
    void startChit() {
        database = createDatabase();
        chit = Chit.start(configure(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.TRUE)));
        http = new HttpJson(chit.baseUri());
        makeAdmin();
    }

    /** The server's settings for this suite; the defaults, unless a suite needs others. */
    ChitSettings configure(ChitSettings defaults) {
        return defaults;
    }

    /** The running server. */
    Chit chit() {
        return chit;
    }

    /** The database under the server, for a second server on it or a direct look. */
    TestDatabase testDatabase() {
        return database;
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

    /** Stops the server and keeps its database, as a crash or a deploy would; see {@link #startAgain}. */
    void stopServer() {
        chit.close();
    }

    /** Starts the server again on the port and the database it had, with the same settings. */
    void startAgain(int port) {
        chit = Chit.start(configure(new ChitSettings("127.0.0.1", port, database.settings(), DemoDataMode.TRUE)));
        http = new HttpJson(chit.baseUri());
    }

    /** Where the server listens, for a browser. */
    java.net.URI baseUri() {
        return chit.baseUri();
    }

    // A second handle on the same database: the schema is migrated already, so this only adds a row.
    private void makeAdmin() {
        try (Database direct = Database.open(database.settings())) {
            direct.users().add(new User(new UserId(UUID.randomUUID()), ADMIN_EMAIL, "Ada Admin", true, List.of()),
                    new Argon2Passwords().hash(PASSWORD));
        }
    }

    /** Signs in and answers the headers that carry the session. */
    Map<String, String> signIn(String email, String password) {
        var response = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", email, "password", password)),
                Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + response.json().get("token").asText());
    }

    /** Signs in as the portal does: answers the session cookie, for the CSRF and WebSocket Origin rules. */
    Map<String, String> cookieSignIn(String email, String password) {
        var response = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", email, "password", password)),
                Map.of());
        assertThat(response.status()).isEqualTo(200);
        String session = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("chit_session="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow();
        return Map.of("Cookie", session);
    }

    Map<String, String> manager() {
        return signIn(MANAGER_EMAIL, MANAGER_PASSWORD);
    }

    Map<String, String> admin() {
        return signIn(ADMIN_EMAIL, PASSWORD);
    }

    /** Hires someone at {@code restaurant} as {@code role} through the staff route; returns them as hired. */
    JsonNode hire(Map<String, String> as, String restaurant, String email, String role) {
        var hired = http.post("/api/v1/restaurants/" + restaurant + "/staff", HttpJson.json(Map.of(
                "email", email, "name", "Sam " + role.toLowerCase(), "password", PASSWORD, "role", role)), as);
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        return hired.json();
    }

    /** Hires and signs in a new staff member of the demo restaurant. */
    Map<String, String> newCook() {
        String email = "cook-" + UUID.randomUUID() + "@demo.chit.local";
        hire(manager(), RESTAURANT, email, "STAFF");
        return signIn(email, PASSWORD);
    }

    /** A guest order of the demo restaurant: a burger with bacon and two lemonades, for pickup. */
    JsonNode placeOrder() {
        return placeOrder(CheckoutFlowContract.cart());
    }

    JsonNode placeOrder(Map<String, Object> cart) {
        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(cart),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    /** A delivery address in parts, without a country: the demo restaurant's (US) is assumed. */
    static final Map<String, Object> ADDRESS = Map.of("line1", "1 Water St", "line2", "Apt 4B", "city", "Brooklyn",
            "region", "NY", "postalCode", "11201", "instructions", "ring twice");

    static Map<String, Object> deliveryCart() {
        return deliveryCart(ADDRESS);
    }

    static Map<String, Object> deliveryCart(Map<String, Object> address) {
        Map<String, Object> cart = new LinkedHashMap<>(CheckoutFlowContract.cart());
        cart.put("fulfillment", Map.of("type", "DELIVERY", "address", address));
        return cart;
    }

    HttpJson.Response move(String orderId, Map<String, String> as, String to, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>(more);
        body.put("to", to);
        return http.post("/api/v1/orders/" + orderId + "/transitions", HttpJson.json(body), as);
    }

    HttpJson.Response move(String orderId, Map<String, String> as, String to) {
        return move(orderId, as, to, Map.of());
    }

    static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
