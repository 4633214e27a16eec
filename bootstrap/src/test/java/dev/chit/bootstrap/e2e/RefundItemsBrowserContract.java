package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Refund items" in the portal's order drawer, in a real Chromium against the whole server: a
 * manager picks two of three burgers, sees the amount the server works out, and
 * refunds them; the order then shows them refunded. Screenshots at tablet and phone size land in
 * target/screenshots.
 */
abstract class RefundItemsBrowserContract extends SignedInFlow {

    private static final String ORDERS = "/portal/r/" + RESTAURANT + "/orders";

    // A local run's plain HTTP, as bin/chit serves it: the browser keeps the session cookie.
    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withSignIn(defaults.signIn().withSecureCookies(false));
    }

    @Test
    void aManagerRefundsTwoOfThreeBurgers_seeingTheServersAmountFirst() {
        Map<String, String> manager = manager();
        JsonNode placed = placeOrder(LineRefundFlowContract.threeBurgers());
        String id = placed.get("id").asText();
        int number = placed.get("number").asInt();
        var accepted = move(id, manager, "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        try (Browser browser = Browser.start()) {
            // The orders page lays out wider than a phone (its table), as in PortalFlowContract.
            browser.layOut(1024, 768, false);
            browser.open(baseUri().resolve(ORDERS).toString());
            browser.waitForText("Sign in to Chit");
            browser.type("Email", MANAGER_EMAIL);
            browser.type("Password", MANAGER_PASSWORD);
            browser.click("Sign in");
            browser.waiting(Duration.ofSeconds(15)).until(d -> browser.url().endsWith(ORDERS));

            browser.labelled("Open order #" + number).click();
            browser.click("Refund items");
            WebElement burgers = browser.labelled("Items of Harbour Burger to refund");
            browser.clickIn(burgers, "One more");
            browser.clickIn(burgers, "One more");
            browser.type("Reason", "burnt");
            // 6151 x 3400 / 5650 -> 3701: the burgers and their share of the tax, as the server says.
            browser.waitForText("The guest gets back $37.01, their share of tax and fees included.");
            assertThat(browser.accessibilityViolations()).as("WCAG A/AA on refund items").isEmpty();
            assertThat(browser.policyViolations()).as("CSP").isEmpty();
            assertThat((Boolean) browser.script("const s = document.querySelector('.refund-items');"
                    + " return s.scrollWidth <= s.clientWidth")).as("the steppers fit in the drawer").isTrue();
            browser.screenshotAt("portal-refund-items-1024x768.png", 1024, 768, false);
            browser.screenshotAt("portal-refund-items-390x844.png", 390, 844, true);
            browser.layOut(1024, 768, false);

            browser.click("Refund $37.01");
            browser.waitForText("Refunded $37.01.");
            browser.waitForText("2 of 3 refunded");
        }
        JsonNode order = http.get("/api/v1/orders/" + id, manager).json();
        assertThat(order.at("/lines/0/refundedQuantity").asInt()).isEqualTo(2);
        assertThat(order.get("refunded").asLong()).isEqualTo(3701);
    }
}
