package dev.chit.bootstrap.e2e;

import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's photo upload in the portal reaching the guest's menu, in a real Chromium;
 * screenshots at phone and desktop size in {@code bootstrap/target/screenshots}.
 */
abstract class GuestLanguagesContract extends SignedInFlow {

    private static final String ONION_RINGS = "Onion Rings";

    private Browser browser;

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withSignIn(defaults.signIn().withSecureCookies(false));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            assertThat(browser.policyViolations()).as("content security policy reports").isEmpty();
            browser.close();
        }
    }

    abstract String screenshotPrefix();

    @Test
    void aManagerUploadsAPhotoInThePortal_andGuestsSeeIt() throws Exception {
        browser = Browser.start();
        browser.open(baseUri() + "/portal/r/" + RESTAURANT + "/menu");
        browser.waitForText("Sign in to Chit");
        browser.type("Email", MANAGER_EMAIL);
        browser.type("Password", MANAGER_PASSWORD);
        browser.click("Sign in");
        browser.click("Edit " + ONION_RINGS);
        browser.dialog();
        Path photo = Files.createTempFile("onion-rings", ".jpg");
        Files.write(photo, TestImages.jpegWithExif(1600, 1200));
        browser.upload("Upload photo", photo);
        browser.waiting(Duration.ofSeconds(20)).until(d -> browser.hasLabelled("Remove photo")
                || browser.pageText().contains("Remove photo"));
        browser.screenshots(screenshotPrefix() + "-portal-photo");
        assertThat(browser.accessibilityViolations()).as("accessibility of the photo editor").isEmpty();
        Files.deleteIfExists(photo);

        browser.open(baseUri() + "/r/" + RESTAURANT);
        browser.waitForText(ONION_RINGS);
        String thumbnail = (String) browser.script("""
                const img = [...document.querySelectorAll('img.item-card__photo')].find(i => i.alt === arguments[0]);
                return img ? img.getAttribute('src') : null;""", ONION_RINGS);
        assertThat(thumbnail).matches("/api/v1/photos/[0-9a-f]{64}\\?w=400");
        assertThat(http.get(thumbnail).status()).isEqualTo(200);
        browser.screenshots(screenshotPrefix() + "-menu-photos");
        browser.click("Add " + ONION_RINGS);
        browser.dialog();
        Object large = browser.script("""
                const img = document.querySelector('img.item-dialog__photo');
                return img && img.getAttribute('loading') === 'lazy' && img.alt === arguments[0];""", ONION_RINGS);
        assertThat(large).isEqualTo(Boolean.TRUE);
        browser.screenshots(screenshotPrefix() + "-item-dialog-photo");
    }
}
