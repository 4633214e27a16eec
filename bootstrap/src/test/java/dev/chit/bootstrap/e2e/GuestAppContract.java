package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.bootstrap.e2e.Browser.Viewport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest's web app in a real Chromium against the whole server: the directory, ordering a
 * burger their way, paying, and watching the kitchen's moves arrive live; cancelling while placed,
 * a rejection with its reason; the item dialog by keyboard; a declined card; a delivery address
 * missing its postal code. No page may trip the content security policy or axe-core's WCAG checks. Screenshots of each page at phone and desktop size go to
 * {@code bootstrap/target/screenshots}.
 */
abstract class GuestAppContract extends InBrowserFlow {

    private static final String BURGER = "01936b2a-4c00-7000-8000-000000000101";
    private static final String MEDIUM_RARE = "01936b2a-4c00-7000-8000-000000001111";
    private static final String BACON = "01936b2a-4c00-7000-8000-000000001212";
    private static final String ORDERS = "/api/v1/restaurants/" + RESTAURANT
            + "/orders?status=PLACED,ACCEPTED,PREPARING,READY,OUT_FOR_DELIVERY,COMPLETED,REJECTED,CANCELLED";

    /** A prefix per database, so the H2 and PostgreSQL runs keep their own screenshots. */
    abstract String screenshotPrefix();

    @Test
    void aGuest_ordersABurgerTheirWay_paysAndWatchesTheKitchenLive() {
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/r/" + RESTAURANT);
        browser.waitForText("Harbour Burger");
        assertThat(browser.pageText()).contains("Harbour Lane Kitchen", "Sold out");
        shoot("menu");

        browser.click("Add Harbour Burger");
        WebElement dialog = browser.dialog();
        assertThat(dialog.getText()).contains("Choose 1 · Required", "Choose up to 3 · Optional");
        browser.click("Add to order");
        assertThat(browser.waitForText("Doneness: choose 1").isDisplayed()).isTrue();
        browser.choose("Medium rare");
        browser.choose("Bacon");
        shoot("item-dialog");
        browser.click("Add to order");

        // The total on the page is the server's, for exactly this cart.
        String total = money(serverQuote(List.of(MEDIUM_RARE, BACON)).get("total").asLong());
        browser.waitForText(total);
        browser.click("View order");
        browser.waitForText("Medium rare, Bacon");
        shoot("cart");
        browser.click("Go to checkout");

        browser.waitForText("How would you like it?");
        browser.type("Name", "Ada Guest");
        browser.type("Email", "ada@example.com");
        browser.type("Phone (optional)", "+1 555 0100");
        browser.choose("Visa ending 4242");
        browser.waitForText(total);
        shoot("checkout");
        browser.click("Place order");

        browser.waitForText("is placed");
        browser.waitForText("Ready around");
        shoot("confirmation");
        JsonNode order = onlyOrder();
        assertThat(browser.pageText()).contains("Order #" + order.get("number").asInt() + " is placed");
        assertThat(order.at("/lines/0/options")).extracting(option -> option.get("id").asText())
                .containsExactlyInAnyOrder(MEDIUM_RARE, BACON);
        assertThat(order.get("total").asLong()).isEqualTo(order.get("subtotal").asLong()
                + order.get("tax").asLong() + order.get("serviceFee").asLong());
        String id = order.get("id").asText();

        browser.click("Track your order");
        browser.waitForText("Waiting for the restaurant to accept");
        browser.waitForText("Live");
        assertThat(browser.url()).contains("/track/" + id + "#t=");
        shoot("tracking-placed");

        Map<String, String> kitchen = manager();
        var accepted = move(id, kitchen, "ACCEPTED", Map.of("prepMinutes", 20));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        browser.waitForText("Accepted: the kitchen has it");
        String promised = browser.waitForText("Ready around").getText();
        shoot("tracking-accepted");

        var delayed = http.post("/api/v1/orders/" + id + "/delay",
                HttpJson.json(Map.of("minutes", 15, "reason", "the fryer is slow tonight")), kitchen);
        assertThat(delayed.status()).as(delayed.body()).isEqualTo(200);
        String late = browser.waitForText("Running late: now around").getText();
        assertThat(late).isNotEqualTo(promised);
        shoot("tracking-delayed");
    }

    @Test
    void theDirectory_leadsStraightToTheMenu_whenOneRestaurantTakesOrders() {
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/");
        browser.waitForText("Harbour Burger");
        assertThat(browser.url()).endsWith("/r/" + RESTAURANT);
    }

    @Test
    void theItemDialog_worksByKeyboard_trapsFocus_andGivesItBack() {
        browser.resize(Viewport.DESKTOP);
        browser.open(baseUri() + "/r/" + RESTAURANT);
        WebElement opener = browser.button("Add Harbour Burger");
        for (int i = 0; i < 40 && !opener.equals(browser.focused()); i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focused()).as("Tab reaches the item").isEqualTo(opener);
        browser.press(Keys.ENTER);
        WebElement dialog = browser.dialog();
        for (int i = 0; i < 25; i++) {
            browser.press(Keys.TAB);
            assertThat(dialog.findElements(org.openqa.selenium.By.xpath(".//*")))
                    .as("focus stays in the dialog").contains(browser.focused());
        }
        browser.press(Keys.ESCAPE);
        browser.waiting(Duration.ofSeconds(5)).until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[role=dialog]")).isEmpty());
        assertThat(browser.focused()).as("focus back on the item").isEqualTo(opener);
    }

    @Test
    void aGuest_cancelsWhileTheOrderIsPlaced_andIsToldTheCardIsReleased() {
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();
        String token = placed.get("accessToken").asText();
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/track/" + id + "#t=" + token);
        browser.waitForText("Waiting for the restaurant to accept");
        browser.click("Cancel order");
        browser.dialog();
        browser.click("Yes, cancel it");

        browser.waitForText("This order was cancelled");
        browser.waitForText("Your card was not charged");
        shoot("tracking-cancelled");
        JsonNode order = http.get("/api/v1/orders/" + id, Map.of("X-Order-Token", token)).json();
        assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
        assertThat(browser.pageText()).doesNotContain("Cancel order");
    }

    @Test
    void aRejection_reachesTheTrackingPageLive_withItsReason() {
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/track/" + id + "#t=" + placed.get("accessToken").asText());
        browser.waitForText("Live");

        var rejected = move(id, manager(), "REJECTED", Map.of("reason", "out of buns"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        browser.waitForText("The restaurant could not take this order");
        browser.waitForText("Reason: out of buns");
        assertThat(browser.pageText()).contains("Your card was not charged");
        shoot("tracking-rejected");
    }

    @Test
    void aDeclinedCard_showsItsCode_andNoOrderIsMade() {
        fillCartAndCheckout();
        browser.type("Name", "Ada Guest");
        browser.type("Email", "ada@example.com");
        browser.choose("Card declined");
        browser.click("Place order");

        browser.waitForText("Your card was declined (card_declined)");
        shoot("checkout-declined");
        assertThat(orders()).isEmpty();
        assertThat(browser.url()).endsWith("/checkout");
    }

    @Test
    void aDeliveryWithoutPostalCode_showsTheFieldsError() {
        fillCartAndCheckout();
        browser.choose("Delivery");
        browser.type("Street and number", "1 Water St");
        browser.type("City", "Brooklyn");
        browser.type("Name", "Ada Guest");
        browser.type("Email", "ada@example.com");
        browser.click("Place order");

        WebElement postalCode = browser.field("Postal code");
        browser.waiting(Duration.ofSeconds(15)).until(d -> "true".equals(postalCode.getAttribute("aria-invalid")));
        String errorId = postalCode.getAttribute("aria-describedby");
        assertThat(errorId).isNotBlank();
        assertThat(browser.byId(errorId).getText()).isEqualTo("Please fill this in.");
        assertThat(browser.focused().getAttribute("id")).isEqualTo(postalCode.getAttribute("id"));
        shoot("checkout-delivery-error");
        assertThat(orders()).isEmpty();
    }

    /** Two orders of onion rings (no choices to make, above the minimum order), then the checkout. */
    private void fillCartAndCheckout() {
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/r/" + RESTAURANT);
        browser.click("Add Onion Rings");
        browser.dialog();
        browser.click("One more");
        browser.click("Add to order");
        browser.click("View order");
        browser.click("Go to checkout");
        browser.waitForText("How would you like it?");
    }

    private JsonNode serverQuote(List<String> options) {
        var quote = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes", HttpJson.json(Map.of(
                "lines", List.of(Map.of("menuItemId", BURGER, "quantity", 1, "optionIds", options)),
                "fulfillment", Map.of("type", "PICKUP"), "tip", 0)), Map.of());
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        return quote.json();
    }

    private List<JsonNode> orders() {
        var listed = http.get(ORDERS, manager());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        listed.json().get("items").forEach(items::add);
        return items;
    }

    private JsonNode onlyOrder() {
        List<JsonNode> orders = orders();
        assertThat(orders).hasSize(1);
        return orders.getFirst();
    }

    /** Screenshots of the page at both sizes, and no serious WCAG A/AA violation on it (axe-core). */
    private void shoot(String page) {
        browser.screenshots(screenshotPrefix() + "-" + page);
        assertThat(browser.accessibilityViolations()).as("accessibility of " + page).isEmpty();
    }

    /** US dollars as the app writes them (en-US), from the server's minor units. */
    private static String money(long cents) {
        return String.format(java.util.Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
    }
}
