package dev.chit.bootstrap.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flow driven in Chromium against the whole server: one browser for the test class, and no
 * page any test opens may have something blocked by the content security policy.
 */
abstract class InBrowserFlow extends SignedInFlow {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void nothingWasBlockedByThePolicy() {
        if (browser != null) {
            assertThat(browser.policyViolations()).as("content security policy reports").isEmpty();
        }
    }
}
