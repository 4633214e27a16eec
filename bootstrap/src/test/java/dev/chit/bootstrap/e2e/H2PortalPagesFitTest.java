package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the portal fits a phone (390 px), a tablet (768 px) and a desktop (1280 px): no
 * element runs off the page sideways, save inside a container that scrolls on purpose (a wide
 * table in its own scroller). Layout does not depend on the database, so this runs on H2 only.
 */
class H2PortalPagesFitTest extends SignedInFlow {

    private static final String PORTAL = "/portal/r/" + RESTAURANT;
    private static final int[] WIDTHS = {390, 768, 1280};

    /** Each page the manager can open, by its path below the restaurant. */
    static final List<String> PAGES = List.of("", "/orders", "/menu", "/store", "/staff", "/reports", "/kitchen",
            "/kitchen/" + KitchenFlowContract.GRILL, "/expo", "/stations", "/printers", "/promotions");

    /**
     * The elements whose right edge is past the viewport, or whose left edge is before it, that are
     * not inside an ancestor which clips or scrolls sideways; described by tag, label or text.
     */
    private static final String RUNS_OFF = """
            const width = document.documentElement.clientWidth;
            const clipped = el => {
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX;
                if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
              }
              return false;
            };
            const off = [];
            if (document.documentElement.scrollWidth > width) off.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              if ((r.right > width + 1 || r.left < -1) && !clipped(el)) {
                const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent.trim().slice(0, 40);
                off.push(el.tagName.toLowerCase() + ' "' + name + '" spans ' + Math.round(r.left) + '..' + Math.round(r.right));
              }
            }
            return off.slice(0, 10);
            """;

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }

    // A local run's plain HTTP, as bin/chit serves it: the browser keeps the session cookie.
    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withSignIn(defaults.signIn().withSecureCookies(false));
    }

    @Test
    void everyPortalPageFitsPhoneTabletAndDesktop() {
        try (Browser browser = Browser.start()) {
            browser.open(chit().baseUri().resolve(PORTAL).toString());
            browser.waitForText("Sign in to Chit");
            browser.type("Email", MANAGER_EMAIL);
            browser.type("Password", MANAGER_PASSWORD);
            browser.click("Sign in");
            browser.waiting(Duration.ofSeconds(15)).until(d -> browser.url().endsWith(PORTAL));

            List<String> overflowing = new ArrayList<>();
            for (String page : PAGES) {
                browser.open(chit().baseUri().resolve(PORTAL + page).toString());
                browser.waiting(Duration.ofSeconds(15)).until(d -> browser.script(
                        "return document.querySelector('.portal-body h1, .portal-body h2') !== null") == Boolean.TRUE);
                for (int width : WIDTHS) {
                    browser.layOut(width, width < 700 ? 844 : 900, width < 700);
                    sleep();
                    @SuppressWarnings("unchecked")
                    List<String> off = (List<String>) browser.script(RUNS_OFF);
                    off.forEach(what -> overflowing.add(PORTAL + page + " at " + width + " px: " + what));
                    browser.screenshotAt("portal" + page.replace('/', '-') + "-" + width + ".png", width,
                            width < 700 ? 844 : 900, width < 700);
                }
            }
            assertThat(overflowing).as("elements running off the page").isEmpty();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
