package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.adapters.web.security.SecuritySettings;
import dev.chit.adapters.web.support.AccessLog;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

class SignInApiTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String ME = "/api/v1/auth/me";
    private static final String LOGOUT = "/api/v1/auth/logout";
    private static final String PASSWORD = "correct horse battery";

    private TestApi api;
    private final List<LogRecord> accessLog = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            accessLog.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        api = TestApi.start();
        api.accounts.givenUser("dana@example.com", PASSWORD, new Membership(DINER, Role.MANAGER));
        Logger.getLogger(AccessLog.LOGGER_NAME).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(AccessLog.LOGGER_NAME).removeHandler(capture);
        api.close();
    }

    private HttpResponse<String> login(String email, String password, String... headers) {
        return api.postJson(LOGIN, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", headers);
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no Set-Cookie for " + name));
    }

    private static String cookieValue(HttpResponse<String> response, String name) {
        String header = cookie(response, name);
        return header.substring(name.length() + 1, header.indexOf(';'));
    }

    @Test
    void login_answersTheTokenItsExpiryAndTheUser() {
        HttpResponse<String> response = login("Dana@Example.com", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("token").asText()).hasSize(43);
        assertThat(body.get("expiresAt").asText()).isEqualTo("2026-03-03T00:00:00.000Z");
        assertThat(body.at("/user/email").asText()).isEqualTo("dana@example.com");
        assertThat(body.at("/user/memberships/0/restaurantId").asText()).isEqualTo(DINER.toString());
        assertThat(body.at("/user/memberships/0/role").asText()).isEqualTo("MANAGER");
        assertThat(body.at("/user/admin").asBoolean()).isFalse();
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void login_setsAnHttpOnlyStrictSecureSessionCookie_andAReadableCsrfCookie() {
        HttpResponse<String> response = login("dana@example.com", PASSWORD);

        String token = json(response).get("token").asText();
        assertThat(cookie(response, "chit_session")).isEqualTo("chit_session=" + token
                + "; Max-Age=43200; Path=/; Secure; HttpOnly; SameSite=Strict");
        assertThat(cookie(response, "chit_csrf")).matches("chit_csrf=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=/; Secure; "
                + "SameSite=Strict");
    }

    @Test
    void onPlainHttp_theCookiesAreNotSecure() {
        try (TestApi plain = TestApi.start(new SecuritySettings(false, false, Optional.empty()), routing -> { })) {
            plain.accounts.givenUser("dana@example.com", PASSWORD);
            HttpResponse<String> response = plain.postJson(LOGIN,
                    "{\"email\":\"dana@example.com\",\"password\":\"" + PASSWORD + "\"}");

            assertThat(cookie(response, "chit_session")).doesNotContain("Secure").contains("HttpOnly");
        }
    }

    @Test
    void me_answersTheUser_forTheBearerToken_andForTheCookie() {
        HttpResponse<String> login = login("dana@example.com", PASSWORD);
        String token = json(login).get("token").asText();

        HttpResponse<String> byBearer = api.get(ME, "Authorization", "Bearer " + token);
        HttpResponse<String> byCookie = api.get(ME, "Cookie", "theme=dark; chit_session=" + token);

        assertThat(byBearer.statusCode()).isEqualTo(200);
        assertThat(json(byBearer).get("email").asText()).isEqualTo("dana@example.com");
        assertThat(byCookie.statusCode()).isEqualTo(200);
        assertThat(byCookie.body()).isEqualTo(byBearer.body());
    }

    @Test
    void me_withoutCredentials_orWithABadToken_is401_namingTheBearerScheme() {
        for (HttpResponse<String> response : List.of(api.get(ME), api.get(ME, "Authorization", "Bearer nonsense"),
                api.get(ME, "Authorization", "Basic ZGFuYTpwdw=="), api.get(ME, "Cookie", "chit_session=stale"))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).get("type").asText()).isEqualTo("/problems/unauthenticated");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"chit\"");
        }
    }

    @Test
    void anExpiredToken_is401() {
        String token = json(login("dana@example.com", PASSWORD)).get("token").asText();

        api.accounts.clock.advance(Duration.ofHours(12));

        assertThat(api.get(ME, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void logout_revokesTheToken_andClearsTheCookies() {
        String token = json(login("dana@example.com", PASSWORD)).get("token").asText();

        HttpResponse<String> logout = api.postJson(LOGOUT, "", "Authorization", "Bearer " + token);

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(cookie(logout, "chit_session")).startsWith("chit_session=; Expires=Thu, 1 Jan 1970");
        assertThat(cookie(logout, "chit_csrf")).startsWith("chit_csrf=; Expires=Thu, 1 Jan 1970");
        assertThat(api.get(ME, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
        assertThat(api.postJson(LOGOUT, "", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownEmail_andAWrongPassword_getTheSameProblem() {
        JsonNode unknown = json(login("nobody@example.com", PASSWORD));
        JsonNode wrong = json(login("dana@example.com", "not the password"));

        assertThat(unknown.get("status").asInt()).isEqualTo(401);
        assertThat(unknown.get("type").asText()).isEqualTo("/problems/unauthenticated");
        for (String field : List.of("type", "title", "status", "detail", "errors")) {
            assertThat(wrong.get(field)).as(field).isEqualTo(unknown.get(field));
        }
    }

    @Test
    void afterFiveFailures_loginIs429_withRetryAfterInSeconds() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("dana@example.com", "wrong " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = login("dana@example.com", PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).get("type").asText()).isEqualTo("/problems/rate-limited");
        assertThat(refused.headers().firstValue("Retry-After")).contains("900");
    }

    @Test
    void behindATrustedProxy_theForwardedAddressIsThrottled_notTheProxy() {
        try (TestApi proxied = TestApi.start(new SecuritySettings(true, true, Optional.empty()), routing -> { })) {
            proxied.accounts.givenUser("dana@example.com", PASSWORD);
            for (int i = 0; i < 5; i++) {
                proxied.postJson(LOGIN, "{\"email\":\"guess" + i + "@example.com\",\"password\":\"x\"}",
                        "X-Forwarded-For", "203.0.113.99, 198.51.100.7");
            }
            String body = "{\"email\":\"dana@example.com\",\"password\":\"" + PASSWORD + "\"}";

            assertThat(proxied.postJson(LOGIN, body, "X-Forwarded-For", "198.51.100.7").statusCode()).isEqualTo(429);
            assertThat(proxied.postJson(LOGIN, body, "X-Forwarded-For", "198.51.100.8").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aMissingPassword_isAValidationProblem_andAWrongMethodIs405() {
        HttpResponse<String> missing = api.postJson(LOGIN, "{\"email\":\"dana@example.com\"}");

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json(missing).at("/errors/0/field").asText()).isEqualTo("password");
        assertThat(api.get(LOGIN).statusCode()).isEqualTo(405);
    }

    @Test
    void theAccessLog_namesTheUser_butNeverTheTokenOrPassword() {
        HttpResponse<String> login = login("dana@example.com", PASSWORD);
        String token = json(login).get("token").asText();
        api.get(ME, "Authorization", "Bearer " + token, "Cookie", "chit_session=" + token);

        String userId = json(login).at("/user/id").asText();
        List<String> lines = linesUntil(line -> line.contains("path=/api/v1/auth/me"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("path=/api/v1/auth/me").contains(" userId=" + userId))
                .anySatisfy(line -> assertThat(line).contains("path=/api/v1/auth/login").contains(" userId=" + userId))
                .allSatisfy(line -> assertThat(line).doesNotContain(token).doesNotContain(PASSWORD));
    }

    // A line is written once its response is out, so the client may see the response first.
    private List<String> linesUntil(Predicate<String> wanted) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (accessLog.stream().map(LogRecord::getMessage).noneMatch(wanted) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return accessLog.stream().map(LogRecord::getMessage).toList();
    }

    @Test
    void everyAnswer_refusesFraming_andPagesGetAContentSecurityPolicy() {
        HttpResponse<String> apiAnswer = api.get(ME);
        HttpResponse<String> page = api.get("/portal/");

        assertThat(apiAnswer.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(apiAnswer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Cache-Control")).isEmpty();
    }
}
