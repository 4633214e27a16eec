package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.printing.FakeEscPosPrinter;
import dev.chit.adapters.printing.FakeEscPosPrinter.Mode;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kitchen's screens in a real Chromium against the whole server: a cook opens the Grill's
 * screen from the station picker, bumps a line by a tap, recalls it with R, bumps the ticket with
 * the bump bar's keys; the Bar's screen bumps its lines, and the expo sees the order ready and
 * completes it. A kitchen printer (the fake ESC/POS printer on loopback) switched off shows on
 * the screen as a banner within seconds and goes when it is back. Screenshots of the station
 * and the expo at tablet sizes land in target/screenshots.
 */
abstract class KitchenScreensBrowserContract extends SignedInFlow {

    private static final String PORTAL = "/portal/r/" + RESTAURANT;

    private FakeEscPosPrinter kitchen;

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withSignIn(defaults.signIn().withSecureCookies(false))
                .withPrinting(PrintingFlowContract.fastPrinting());
    }

    @BeforeEach
    void plugInPrinter() throws IOException {
        kitchen = new FakeEscPosPrinter();
    }

    @AfterEach
    void unplugPrinter() throws IOException {
        kitchen.close();
    }

    @Test
    void aCookBumpsByTapAndByKey_expoSeesTheOrderReady_andAPrinterOffTheNetworkIsOnTheScreen() {
        Map<String, String> manager = manager();
        var added = http.post(PrintingFlowContract.PRINTERS,
                HttpJson.json(PrintingFlowContract.escpos("Kitchen", kitchen)), manager);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode first = acceptedOrder(manager);
        JsonNode second = acceptedOrder(manager);
        String id = first.get("id").asText();
        long number = first.get("number").asLong();
        String cookEmail = "cook-" + UUID.randomUUID() + "@demo.chit.local";
        hire(manager, RESTAURANT, cookEmail, "STAFF");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 2);

        try (Browser browser = Browser.start()) {
            browser.layOut(1280, 800, false);
            browser.open(baseUri().resolve(PORTAL + "/kitchen").toString());
            browser.waitForText("Sign in to Chit");
            browser.type("Email", cookEmail);
            browser.type("Password", PASSWORD);
            browser.click("Sign in");
            browser.waitForText("Open Grill").click();
            browser.waiting(Duration.ofSeconds(15)).until(d -> browser.url().endsWith("/kitchen/" + KitchenFlowContract.GRILL));
            browser.labelled("Order #" + number + ", key 1");
            browser.labelled("Order #" + second.get("number").asLong() + ", key 2");
            assertThat(browser.pageText()).doesNotContain("Lemonade");
            assertThat(browser.accessibilityViolations()).as("WCAG A/AA on the station screen").isEmpty();
            assertThat(browser.policyViolations()).as("CSP").isEmpty();
            browser.screenshotAt("kitchen-station-1280x800.png", 1280, 800, false);
            browser.screenshotAt("kitchen-station-768x1024.png", 768, 1024, true);
            browser.layOut(1280, 800, false);

            // A tap on the line bumps it; R recalls the latest bump.
            browser.clickIn(browser.labelled("Order #" + number + ","), "Bump 1 × Harbour Burger");
            awaitLine(id, 0, true);
            browser.button("Recall #" + number + " 1 × Harbour Burger");
            browser.press("r");
            awaitLine(id, 0, false);

            // The bump bar: 1 picks the oldest ticket, Enter bumps all its lines at the grill.
            browser.labelled("Order #" + number + ", key 1");
            browser.press("1");
            assertThat(browser.focused().getAccessibleName()).startsWith("Bump all of #" + number + " at Grill");
            browser.press(Keys.ENTER);
            awaitLine(id, 0, true);
            browser.waiting(Duration.ofSeconds(15)).until(d -> !browser.hasLabelled("Order #" + number + ","));

            // The bar's screen: nothing picked, so Enter bumps the oldest ticket there, the lemonades.
            browser.click("Change screen");
            browser.waitForText("Open Bar").click();
            browser.labelled("Order #" + number + ", key 1");
            browser.press(Keys.ENTER);
            awaitStatus(id, "READY");

            browser.click("Change screen");
            browser.waitForText("Open Expo").click();
            browser.waiting(Duration.ofSeconds(15)).until(d -> browser.url().endsWith(PORTAL + "/expo"));
            var ready = browser.labelled("Order #" + number + ", Ready");
            assertThat(ready.getText()).contains("Grill: 1 of 1 done").contains("Bar: 1 of 1 done");
            assertThat(browser.labelled("Order #" + second.get("number").asLong() + ", Accepted").getText())
                    .contains("Grill: 0 of 1 done");
            assertThat(browser.accessibilityViolations()).as("WCAG A/AA on the expo").isEmpty();
            browser.screenshotAt("expo-1280x800.png", 1280, 800, false);
            browser.screenshotAt("expo-768x1024.png", 768, 1024, true);
            browser.layOut(1280, 800, false);
            browser.clickIn(ready, "Complete");
            awaitStatus(id, "COMPLETED");

            // The printer goes off the network: the next ticket cannot print, and the screen says so.
            kitchen.switchTo(Mode.OFFLINE);
            acceptedOrder(manager);
            browser.waiting(Duration.ofSeconds(20)).withMessage("the printer banner")
                    .until(d -> browser.pageText().contains("Printer Kitchen is offline"));
            assertThat(browser.policyViolations()).as("CSP").isEmpty();
            browser.screenshotAt("expo-printer-offline-1280x800.png", 1280, 800, false);
            kitchen.switchTo(Mode.ONLINE);
            browser.waiting(Duration.ofSeconds(20)).withMessage("the printer banner gone")
                    .until(d -> !browser.pageText().contains("Printer Kitchen is offline"));
        }
    }

    /** A guest's order, accepted by the manager. */
    private JsonNode acceptedOrder(Map<String, String> manager) {
        JsonNode order = placeOrder();
        var accepted = move(order.get("id").asText(), manager, "ACCEPTED");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return order;
    }

    private void awaitLine(String orderId, int line, boolean done) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                http.get("/api/v1/orders/" + orderId, manager()).json().at("/lines/" + line + "/doneAt").isTextual() == done);
    }

    private void awaitStatus(String orderId, String status) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                status.equals(http.get("/api/v1/orders/" + orderId, manager()).json().get("status").asText()));
    }
}
