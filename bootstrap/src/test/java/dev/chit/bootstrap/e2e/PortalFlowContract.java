package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restaurant portal in a real Chromium against the whole server: a manager signs in, orders
 * placed over REST ring on the board and are worked from it, a stale move shows the conflict,
 * the board survives a server restart without a reload, bulk moves report each order, an item
 * 86'd shows sold out to guests, and the export downloads the orders. Screenshots of the board
 * at tablet and phone sizes land in target/screenshots.
 */
abstract class PortalFlowContract extends SignedInFlow {

    private static final String BOARD = "/portal/r/" + RESTAURANT;
    private static final Duration RECONNECT = Duration.ofSeconds(40);

    // A local run's plain HTTP, as bin/chit serves it: the browser keeps the session cookie.
    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withSignIn(defaults.signIn().withSecureCookies(false));
    }

    private String url(String path) {
        return baseUri().resolve(path).toString();
    }

    /** Opens a portal page signed out, is sent to sign-in, signs in as the manager and is sent back. */
    private void signIn(Browser browser, String path) {
        browser.open(url(path));
        browser.waitForText("Sign in to Chit");
        assertThat(browser.url()).contains("/portal/sign-in?next=");
        assertThat(browser.accessibilityViolations()).as("WCAG A/AA on sign-in").isEmpty();
        browser.type("Email", MANAGER_EMAIL);
        browser.type("Password", MANAGER_PASSWORD);
        browser.click("Sign in");
        browser.waiting(Duration.ofSeconds(15)).until(d -> browser.url().endsWith(path));
    }

    private static WebElement card(Browser browser, JsonNode order, String status) {
        return browser.labelled("Order #" + order.get("number").asInt() + ", " + status);
    }

    private static String laneOf(WebElement card) {
        return card.findElement(By.xpath("ancestor::section[1]")).getAttribute("aria-label");
    }

    @Test
    void anOrderRings_isAcceptedWithAPrepTime_theGuestSeesIt_andAStaleMoveShowsTheConflict() {
        try (Browser kitchen = Browser.start(); Browser guest = Browser.start()) {
            kitchen.layOut(1024, 768, false);
            signIn(kitchen, BOARD);
            kitchen.waitForText("Live");
            assertThat(kitchen.accessibilityViolations()).as("WCAG A/AA on the board").isEmpty();
            kitchen.click("Tap to enable sound");
            kitchen.waitForText("Sound on");

            JsonNode placed = placeOrder();
            WebElement ringing = card(kitchen, placed, "Placed");
            assertThat(laneOf(ringing)).startsWith("New (1)");
            assertThat(ringing.getText()).contains("Harbour Burger", "Medium rare", "Bacon", "no pickles", "Ada Guest");
            kitchen.waitForText("1 new order");

            kitchen.clickIn(ringing, "Accept");
            WebElement accept = kitchen.dialog();
            kitchen.choose("30 min");
            kitchen.clickIn(accept, "Accept · ready in 30 min");
            WebElement accepted = card(kitchen, placed, "Accepted");
            assertThat(laneOf(accepted)).startsWith("Accepted (1)");
            assertThat(kitchen.pageText()).doesNotContain("1 new order");
            JsonNode order = http.get("/api/v1/orders/" + placed.get("id").asText(), manager()).json();
            assertThat(Duration.between(Instant.parse(order.get("acceptedAt").asText()),
                    Instant.parse(order.get("estimatedReadyAt").asText()))).isEqualTo(Duration.ofMinutes(30));

            guest.open(url("/track/" + placed.get("id").asText() + "#t=" + placed.get("accessToken").asText()));
            guest.waitForText("Accepted: the kitchen has it");

            // Someone else accepts the next order while this screen has its accept dialog open.
            JsonNode next = placeOrder();
            kitchen.clickIn(card(kitchen, next, "Placed"), "Accept");
            WebElement stale = kitchen.dialog();
            Map<String, String> cook = newCook();
            var overtaking = move(next.get("id").asText(), cook, "ACCEPTED");
            assertThat(overtaking.status()).isEqualTo(200);
            int versionAfterCook = http.get("/api/v1/orders/" + next.get("id").asText(), manager()).json().get("version").asInt();
            card(kitchen, next, "Accepted");
            kitchen.clickIn(stale, "Accept at the proposed time");
            kitchen.waitForText("Changed by someone else");
            kitchen.waitForText("It is now: Accepted. Nothing was changed by you.");
            JsonNode afterConflict = http.get("/api/v1/orders/" + next.get("id").asText(), manager()).json();
            assertThat(afterConflict.get("version").asInt()).as("the stale move changed nothing").isEqualTo(versionAfterCook);
            assertThat(afterConflict.get("history")).filteredOn(entry -> entry.get("to").asText().equals("ACCEPTED")).hasSize(1);
            kitchen.click("Show me the order");

            JsonNode waiting = busyEvening(cook);
            kitchen.waitForText("Salted Caramel Shake");
            kitchen.screenshotAt("portal-board-1024x768.png", 1024, 768, false);
            kitchen.layOut(1024, 768, false);
            assertThat(kitchen.accessibilityViolations()).as("WCAG A/AA on a full board").isEmpty();
            assertThat(kitchen.policyViolations()).isEmpty();

            // The bump bar: the order's number selects its card, Enter opens its accept.
            kitchen.press(String.valueOf(waiting.get("number").asInt()));
            kitchen.press(Keys.ENTER);
            kitchen.waitForText("Accept order #" + waiting.get("number").asInt());
            kitchen.press(Keys.ESCAPE);
            kitchen.layOut(390, 844, true);
            kitchen.click("New");
            kitchen.screenshotAt("portal-board-390x844.png", 390, 844, true);
        }
    }

    /** More orders in every lane, for the screenshots: delivery, dine-in, one cooking, one ready. */
    private JsonNode busyEvening(Map<String, String> cook) {
        JsonNode cooking = placeOrder(deliveryCart());
        move(cooking.get("id").asText(), cook, "ACCEPTED", Map.of("prepMinutes", 3));
        move(cooking.get("id").asText(), cook, "PREPARING");
        Map<String, Object> table = new LinkedHashMap<>(CheckoutFlowContract.cart());
        table.put("lines", List.of(Map.of("menuItemId", "01936b2a-4c00-7000-8000-000000000401", "quantity", 2,
                "optionIds", List.of())));
        table.put("fulfillment", Map.of("type", "DINE_IN", "table", "12"));
        JsonNode ready = placeOrder(table);
        move(ready.get("id").asText(), cook, "ACCEPTED", Map.of("prepMinutes", 10));
        move(ready.get("id").asText(), cook, "PREPARING");
        move(ready.get("id").asText(), cook, "READY");
        return placeOrder();
    }

    @Test
    void theServerRestartedUnderTheBoard_showsOffline_andAnOrderPlacedMeanwhileAppearsWithoutAReload() {
        try (Browser kitchen = Browser.start()) {
            kitchen.layOut(1024, 768, false);
            JsonNode waiting = placeOrder();
            signIn(kitchen, BOARD);
            card(kitchen, waiting, "Placed");
            kitchen.script("window.chitSamePage = 'yes'");
            int port = baseUri().getPort();

            stopServer();
            kitchen.waitForText("The board is offline.");
            WebElement offlineCard = card(kitchen, waiting, "Placed");
            assertThat(offlineCard.findElements(By.tagName("button")).stream()
                    .filter(b -> b.getText().equals("Accept")).findFirst().orElseThrow().isEnabled())
                    .as("actions wait while offline").isFalse();

            startAgain(port);
            JsonNode meanwhile = placeOrder();
            WebElement arrived = kitchen.waiting(RECONNECT).withMessage("the order placed during the outage")
                    .until(d -> kitchen.hasLabelled("Order #" + meanwhile.get("number").asInt() + ", Placed")
                            ? card(kitchen, meanwhile, "Placed") : null);
            assertThat(laneOf(arrived)).startsWith("New (2)");
            kitchen.waiting(RECONNECT).until(d -> !kitchen.pageText().contains("The board is offline."));
            assertThat(kitchen.script("return window.chitSamePage")).as("no reload").isEqualTo("yes");
        }
    }

    @Test
    void aBulkMoveReportsEachOrder_an86dItemIsSoldOutForGuests_andTheExportHasTheOrders() {
        try (Browser manager = Browser.start(); Browser guest = Browser.start()) {
            manager.layOut(1024, 768, false);
            JsonNode first = placeOrder();
            JsonNode second = placeOrder();
            move(second.get("id").asText(), manager(), "REJECTED", Map.of("reason", "too busy"));
            signIn(manager, BOARD + "/orders");
            manager.labelled("Select order #" + first.get("number").asInt()).click();
            manager.labelled("Select order #" + second.get("number").asInt()).click();
            new Select(manager.field("Move selected to")).selectByVisibleText("Accepted");
            manager.click("Apply");
            manager.waitForText("#" + first.get("number").asInt() + ": now Accepted");
            manager.waitForText("#" + second.get("number").asInt() + ": not moved");
            assertThat(manager.accessibilityViolations()).as("WCAG A/AA on the orders list").isEmpty();
            manager.screenshotAt("portal-orders-1024x768.png", 1024, 768, false);
            assertThat(http.get("/api/v1/orders/" + first.get("id").asText(), manager()).json().get("status").asText())
                    .isEqualTo("ACCEPTED");

            manager.open(url(BOARD + "/menu"));
            manager.click("Mark Onion Rings sold out");
            manager.button("Mark Onion Rings available");
            manager.screenshotAt("portal-menu-390x844.png", 390, 844, true);
            guest.open(url("/r/" + RESTAURANT));
            WebElement onionRings = guest.button("Onion Rings");
            assertThat(onionRings.getText()).contains("Sold out");
            assertThat(onionRings.isEnabled()).as("guests cannot order an 86'd item").isFalse();

            manager.open(url(BOARD + "/store"));
            manager.waitForText("Taking orders");
            manager.screenshotAt("portal-store-1024x768.png", 1024, 768, false);

            manager.open(url(BOARD + "/reports"));
            boolean exportsOnServer = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders/export?format=csv",
                    manager()).status() != 404;
            if (exportsOnServer) {
                String href = manager.button("Download").getAttribute("href");
                Object csv = manager.asyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));", href);
                assertThat(String.valueOf(csv)).contains("Ada Guest", "Harbour Burger");
            } else {
                manager.waitForText("Reports and exports are not available on this server yet.");
            }
        }
    }
}
