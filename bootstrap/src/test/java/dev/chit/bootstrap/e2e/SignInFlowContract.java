package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.web.security.Argon2Passwords;
import dev.chit.adapters.web.security.ExternalIssuerSettings;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.CreateAdminCommand;
import dev.chit.bootstrap.DemoDataMode;
import dev.chit.bootstrap.SignInSettings;
import dev.chit.domain.restaurant.Restaurant;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.restaurant.RestaurantSettings;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in against the whole running server (HTTP, Helidon Security, use cases, database),
 * run once on the embedded H2 database and once on PostgreSQL: the demo manager with a bearer
 * token and with the portal's cookies, the CSRF rule, the throttle, expiry, JWTs of an external
 * issuer, what staff of another restaurant see, and the admin's way in.
 */
abstract class SignInFlowContract {

    static final String RESTAURANT = CheckoutFlowContract.RESTAURANT;
    static final String MANAGER = "manager@demo.chit.local";
    static final String MANAGER_PASSWORD = "chit-demo-manager";
    static final String ISSUER = "https://id.example.test/";

    private TestDatabase database;
    private Chit chit;
    private HttpJson http;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void startChit() {
        database = createDatabase();
        start(SignInSettings.defaults().withSecureCookies(false));
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

    private ChitSettings settings(SignInSettings signIn) {
        return new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.TRUE).withSignIn(signIn);
    }

    private void start(SignInSettings signIn) {
        if (chit != null) {
            chit.close();
        }
        chit = Chit.start(settings(signIn));
        http = new HttpJson(chit.baseUri());
    }

    private HttpJson.Response login(String email, String password) {
        return http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", email, "password", password)), Map.of());
    }

    private String token(String email, String password) {
        HttpJson.Response response = login(email, password);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("token").asText();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String cookieValue(HttpJson.Response response, String name) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(name + "=")).findFirst().orElseThrow();
        return header.substring(name.length() + 1, header.indexOf(';'));
    }

    private JsonNode placeOrder(String key) {
        HttpJson.Response placed = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                Map.of("Idempotency-Key", key));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    @Test
    void theDemoManager_signsIn_isKnownByBearerAndCookie_andSignsOut() {
        HttpJson.Response login = login(MANAGER, MANAGER_PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        String token = login.json().get("token").asText();
        assertThat(login.json().at("/user/memberships/0/restaurantId").asText()).isEqualTo(RESTAURANT);
        assertThat(login.json().at("/user/memberships/0/role").asText()).isEqualTo("MANAGER");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("chit_session=" + token)
                        .contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure"));
        String csrf = cookieValue(login, "chit_csrf");
        Map<String, String> cookies = Map.of("Cookie", "chit_session=" + token + "; chit_csrf=" + csrf);

        assertThat(http.get("/api/v1/auth/me", bearer(token)).json().get("email").asText()).isEqualTo(MANAGER);
        assertThat(http.get("/api/v1/auth/me", cookies).json().get("email").asText()).isEqualTo(MANAGER);

        var withCsrf = new HashMap<>(cookies);
        withCsrf.put("X-CSRF-Token", csrf);
        assertThat(http.post("/api/v1/auth/logout", "", withCsrf).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/auth/me", bearer(token)).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/auth/me", cookies).status()).isEqualTo(401);
    }

    @Test
    void theCsrfRule_forCookieSessions_butNotForBearers() {
        HttpJson.Response login = login(MANAGER, MANAGER_PASSWORD);
        String token = login.json().get("token").asText();
        String cookie = "chit_session=" + token + "; chit_csrf=" + cookieValue(login, "chit_csrf");

        HttpJson.Response refused = http.post("/api/v1/auth/logout", "", Map.of("Cookie", cookie));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(http.post("/api/v1/auth/logout", "", Map.of("Cookie", cookie, "Origin", "http://evil.example"))
                .status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/csrf");
        assertThat(http.get("/api/v1/auth/me", bearer(token)).status()).isEqualTo(200);

        HttpJson.Response sameOrigin = http.post("/api/v1/auth/logout", "",
                Map.of("Cookie", cookie, "Origin", chit.baseUri().toString()));
        assertThat(sameOrigin.status()).isEqualTo(204);

        String other = token(MANAGER, MANAGER_PASSWORD);
        assertThat(http.post("/api/v1/auth/logout", "", bearer(other)).status()).isEqualTo(204);
    }

    @Test
    void aWrongPassword_andAnUnknownEmail_getTheSame401() {
        JsonNode wrong = login(MANAGER, "not-the-password").json();
        JsonNode unknown = login("nobody@demo.chit.local", MANAGER_PASSWORD).json();

        assertThat(wrong.get("status").asInt()).isEqualTo(401);
        assertThat(wrong.get("type").asText()).isEqualTo("/problems/unauthenticated");
        assertThat(unknown.get("type")).isEqualTo(wrong.get("type"));
        assertThat(unknown.get("detail")).isEqualTo(wrong.get("detail"));
    }

    @Test
    void afterFiveFailures_signingInIs429_withRetryAfter_evenOnAnotherStart() {
        for (int i = 0; i < 5; i++) {
            assertThat(login(MANAGER, "wrong-" + i).status()).isEqualTo(401);
        }

        HttpJson.Response refused = login(MANAGER, MANAGER_PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);

        // The failures are in the database: another instance (here, the next start) refuses too.
        start(SignInSettings.defaults().withSecureCookies(false));
        assertThat(login(MANAGER, MANAGER_PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void anExpiredToken_is401() throws InterruptedException {
        start(SignInSettings.defaults().withSessionLifetime(Duration.ofSeconds(1)));
        String token = token(MANAGER, MANAGER_PASSWORD);
        assertThat(http.get("/api/v1/auth/me", bearer(token)).status()).isEqualTo(200);

        Thread.sleep(1_200);

        HttpJson.Response expired = http.get("/api/v1/auth/me", bearer(token));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void staffSeeTheirRestaurantsOrders_staffOfAnotherRestaurantGet404() {
        JsonNode order = placeOrder("staff-view-1");
        String path = "/api/v1/orders/" + order.get("id").asText();
        givenStaffOfAnotherRestaurant("cook@elsewhere.example", "elsewhere password");

        HttpJson.Response byManager = http.get(path, bearer(token(MANAGER, MANAGER_PASSWORD)));
        HttpJson.Response byStranger = http.get(path, bearer(token("cook@elsewhere.example", "elsewhere password")));

        assertThat(byManager.status()).as(byManager.body()).isEqualTo(200);
        assertThat(byManager.json().get("id").asText()).isEqualTo(order.get("id").asText());
        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(byStranger.json().get("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void jwtsOfAnIssuerPublishingAJwks_signInWithTheMembershipsOfTheirClaim() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("e2e").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/.well-known/jwks.json", exchange -> {
            exchange.sendResponseHeaders(200, published.length);
            exchange.getResponseBody().write(published);
            exchange.close();
        });
        jwks.start();
        try {
            start(SignInSettings.defaults().withExternalIssuer(ExternalIssuerSettings.withJwks(ISSUER,
                    URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json"))));
            JsonNode order = placeOrder("jwt-view-1");
            String token = signed(new RSASSASigner(key), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("e2e").build(),
                    claims("okta|00u1", RESTAURANT, "STAFF"));

            JsonNode me = http.get("/api/v1/auth/me", bearer(token)).json();
            assertThat(me.get("id").asText()).isEqualTo(UUID.nameUUIDFromBytes(
                    (ISSUER + "\nokta|00u1").getBytes(StandardCharsets.UTF_8)).toString());
            assertThat(me.at("/memberships/0/restaurantId").asText()).isEqualTo(RESTAURANT);
            assertThat(me.at("/memberships/0/role").asText()).isEqualTo("STAFF");
            assertThat(http.get("/api/v1/orders/" + order.get("id").asText(), bearer(token)).status()).isEqualTo(200);

            String elsewhere = signed(new RSASSASigner(key), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("e2e").build(),
                    claims("okta|00u2", UUID.randomUUID().toString(), "MANAGER"));
            assertThat(http.get("/api/v1/orders/" + order.get("id").asText(), bearer(elsewhere)).status())
                    .isEqualTo(404);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void jwtsOfAnIssuerWithAPemKey_signIn() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                key.toECPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        start(SignInSettings.defaults().withExternalIssuer(ExternalIssuerSettings.withPublicKey(ISSUER, pem)));
        String subject = UUID.randomUUID().toString();

        String token = signed(new ECDSASigner(key), new JWSHeader(JWSAlgorithm.ES256), claims(subject, RESTAURANT, "MANAGER"));

        HttpJson.Response me = http.get("/api/v1/auth/me", bearer(token));
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(subject);
        assertThat(me.json().at("/memberships/0/role").asText()).isEqualTo("MANAGER");
        String forged = signed(new ECDSASigner(new ECKeyGenerator(Curve.P_256).generate()), new JWSHeader(JWSAlgorithm.ES256),
                claims(subject, RESTAURANT, "MANAGER"));
        assertThat(http.get("/api/v1/auth/me", bearer(forged)).status()).isEqualTo(401);
    }

    @Test
    void theCreateAdminCommand_createsAnAdmin_andPromotesAUser() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ChitSettings settings = settings(SignInSettings.defaults());

        int created = CreateAdminCommand.run(settings, List.of("root@example.com"),
                email -> Optional.of("a long admin passphrase"), print(out), print(err));
        String managerToken = token(MANAGER, MANAGER_PASSWORD);
        int promoted = CreateAdminCommand.run(settings, List.of(MANAGER),
                email -> Optional.of("the manager's new passphrase"), print(out), print(err));
        int tooShort = CreateAdminCommand.run(settings, List.of("short@example.com"),
                email -> Optional.of("short"), print(out), print(err));
        int noEmail = CreateAdminCommand.run(settings, List.of(), email -> Optional.of("x"), print(out), print(err));

        assertThat(created).isZero();
        assertThat(promoted).isZero();
        assertThat(tooShort).isEqualTo(2);
        assertThat(noEmail).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Admin created: root@example.com")
                .contains("Admin promoted: " + MANAGER).doesNotContain("passphrase");
        assertThat(login("root@example.com", "a long admin passphrase").json().at("/user/admin").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/auth/me", bearer(managerToken)).status()).isEqualTo(401);
        JsonNode manager = login(MANAGER, "the manager's new passphrase").json();
        assertThat(manager.at("/user/admin").asBoolean()).isTrue();
        assertThat(manager.at("/user/memberships/0/role").asText()).isEqualTo("MANAGER");
    }

    @Test
    void theFirstAdmin_comesFromTheSettings_onlyWhileThereIsNone() {
        start(SignInSettings.defaults().withFirstAdmin("first@example.com", "first admin passphrase"));
        assertThat(login("first@example.com", "first admin passphrase").json().at("/user/admin").asBoolean()).isTrue();

        start(SignInSettings.defaults().withFirstAdmin("second@example.com", "second admin passphrase"));
        assertThat(login("second@example.com", "second admin passphrase").status()).isEqualTo(401);
    }

    private void givenStaffOfAnotherRestaurant(String email, String password) {
        try (Database direct = Database.open(database.settings())) {
            Restaurant elsewhere = new Restaurant(new RestaurantId(UUID.randomUUID()), "Elsewhere Diner",
                    Optional.empty(), Currency.getInstance("USD"), ZoneId.of("UTC"),
                    RestaurantSettings.defaults(Currency.getInstance("USD")));
            direct.restaurants().add(elsewhere);
            direct.users().add(new User(new UserId(UUID.randomUUID()), email, "Cook Elsewhere", false,
                    List.of(new Membership(elsewhere.id(), Role.MANAGER))), new Argon2Passwords().hash(password));
        }
    }

    private static JWTClaimsSet claims(String subject, String restaurantId, String role) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("chit_memberships", List.of(Map.of("restaurantId", restaurantId, "role", role)))
                .build();
    }

    private static String signed(JWSSigner signer, JWSHeader header, JWTClaimsSet claims)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }
}
