package dev.chit.adapters.web;

import dev.chit.adapters.web.fixtures.Carts;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.adapters.web.security.Callers;
import dev.chit.application.access.NotPermitted;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSRF rule for cookie sessions, on a route of this test that needs a caller, and how the
 * refusals of the access rules reach the client.
 */
class CsrfApiTest {

    private static final String PROTECTED = "/api/v1/test-protected";
    private static final String MANAGERS_ONLY = "/api/v1/test-managers-only";
    private static final String PASSWORD = "correct horse battery";

    private static TestApi api;
    private static String token;
    private static String csrf;

    @BeforeAll
    static void start() {
        api = TestApi.start(routing -> routing
                .any(PROTECTED, (req, res) -> res.send("hello " + Callers.require(req).name()))
                .post(MANAGERS_ONLY, (req, res) -> {
                    Callers.require(req).requireManagerOf(DINER);
                    res.send("done");
                }));
        api.accounts.givenUser("sam@example.com", PASSWORD, new Membership(DINER, Role.STAFF));
        HttpResponse<String> login = api.postJson("/api/v1/auth/login",
                "{\"email\":\"sam@example.com\",\"password\":\"" + PASSWORD + "\"}");
        token = json(login).get("token").asText();
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("chit_csrf=")).findFirst().orElseThrow();
        csrf = setCookie.substring("chit_csrf=".length(), setCookie.indexOf(';'));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> post(String path, String... headers) {
        return api.send(api.request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String cookies() {
        return "chit_session=" + token + "; chit_csrf=" + csrf;
    }

    @Test
    void aCookiePost_withoutTheCsrfToken_is403() {
        HttpResponse<String> refused = post(PROTECTED, "Cookie", cookies());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asText()).isEqualTo("/problems/csrf");
    }

    @Test
    void aCookiePost_withTheCsrfToken_passes() {
        assertThat(post(PROTECTED, "Cookie", cookies(), "X-CSRF-Token", csrf).body()).isEqualTo("hello User sam@example.com");
    }

    @Test
    void aCookiePost_withAnotherToken_isRefused() {
        assertThat(post(PROTECTED, "Cookie", cookies(), "X-CSRF-Token", csrf.substring(1) + "A").statusCode())
                .isEqualTo(403);
        // A token planted in the cookie by someone else does not help: the header is checked against the session.
        assertThat(post(PROTECTED, "Cookie", "chit_session=" + token + "; chit_csrf=planted", "X-CSRF-Token",
                "planted").statusCode()).isEqualTo(403);
    }

    @Test
    void aCookiePost_fromThisOrigin_passes_fromAnotherIsRefused() {
        assertThat(post(PROTECTED, "Cookie", cookies(), "Origin", "http://localhost:" + api.port()).statusCode())
                .isEqualTo(200);
        assertThat(post(PROTECTED, "Cookie", cookies(), "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(post(PROTECTED, "Cookie", cookies(), "Origin", "http://localhost:1").statusCode()).isEqualTo(403);
        assertThat(post(PROTECTED, "Cookie", cookies(), "Origin", "null").statusCode()).isEqualTo(403);
    }

    @Test
    void aBearerPost_needsNoCsrfToken_andACookieGetNeedsNone() {
        assertThat(post(PROTECTED, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(api.get(PROTECTED, "Cookie", cookies()).statusCode()).isEqualTo(200);
    }

    @Test
    void aGuestRoute_isNotBlockedByACookieWithoutCsrfToken_norByAStaleOne() {
        HttpResponse<String> withSession = api.postJson("/api/v1/restaurants/" + DINER + "/quotes", Carts.QUOTE,
                "Cookie", cookies());
        HttpResponse<String> withStale = api.postJson("/api/v1/restaurants/" + DINER + "/quotes", Carts.QUOTE,
                "Cookie", "chit_session=expired-long-ago");

        assertThat(withSession.statusCode()).as(withSession.body()).isEqualTo(200);
        assertThat(withStale.statusCode()).as(withStale.body()).isEqualTo(200);
    }

    @Test
    void workThatIsNotTheCallers_is403Forbidden() {
        HttpResponse<String> refused = post(MANAGERS_ONLY, "Authorization", "Bearer " + token);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(json(refused).get("detail").asText()).isEqualTo(new NotPermitted(
                "only a manager of this restaurant may do this").getMessage());
    }
}
