package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the server hands out the web apps that the build put in its jar: each app's page on its
 * client-side routes, never cached; hashed assets cached for a year; a missing asset a 404 that
 * is not cached; the API's security headers and a content security policy allowing this origin
 * only, with no inline script or style. The database plays no part, so H2 alone.
 */
class WebAppsServedTest {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\"[^>]*src=\"(/assets/[^\"]+\\.js)\"");

    @TempDir
    static Path dataDir;

    private static TestDatabase database;
    private static Chit chit;
    private static HttpJson http;

    @BeforeAll
    static void startChit() {
        database = TestDatabases.h2(dataDir);
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.FALSE));
        http = new HttpJson(chit.baseUri());
    }

    @AfterAll
    static void stopChit() {
        chit.close();
        database.close();
    }

    @Test
    void theGuestsRoutes_answerTheGuestsPage_revalidatedOnEveryLoad() {
        for (String path : new String[] {"/", "/r/01936b2a-4c00-7000-8000-000000000001", "/track/some-order",
                "/r/x/checkout"}) {
            var page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
            assertThat(page.body()).contains("<div id=\"root\"></div>").contains("/assets/guest-");
        }
    }

    @Test
    void thePortalsRoutes_answerThePortalsPage() {
        for (String path : new String[] {"/portal", "/portal/", "/portal/board"}) {
            var page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).contains("/assets/portal-").doesNotContain("/assets/guest-");
        }
    }

    @Test
    void hashedAssets_areCachedForAYear_andAMissingOneIsNot() {
        Matcher script = SCRIPT.matcher(http.get("/").body());
        assertThat(script.find()).isTrue();
        var asset = http.get(script.group(1));
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("Content-Type")).contains("javascript");
        assertThat(asset.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(new String(asset.bytes(), StandardCharsets.UTF_8)).isNotBlank();

        var missing = http.get("/assets/guest-00000000.js");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void pages_carryTheSecurityHeaders_andAPolicyOfThisOriginOnly() {
        var page = http.get("/track/x");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        // With the sandbox the guest's pages allow no foreign origin; Stripe's come with its gateway only.
        assertThat(policy).doesNotContain("stripe", "http:", "https:")
                .isEqualTo(http.get("/portal").header("Content-Security-Policy"));
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("X-Request-Id")).isNotBlank();
        // Nothing inline for the policy to block: the build emits only external scripts and styles.
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", "style=");
    }

    @Test
    void theApiIsNotShadowedByTheApps() {
        var unknown = http.get("/api/v1/no-such-route");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/observe/health").status()).isEqualTo(200);
    }
}
