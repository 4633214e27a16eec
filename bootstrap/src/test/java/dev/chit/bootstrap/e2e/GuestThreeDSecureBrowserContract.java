package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.bootstrap.e2e.Browser.Viewport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3-D Secure in the guest's app with the sandbox network, in a real Chromium: the 3-D Secure test
 * card opens the app's own small dialog for the bank's check; "Complete" places the order with
 * its number, "Fail" leaves no order but one cancelled for {@code payment-failed}, and says so.
 * No page trips the content security policy or axe-core's WCAG checks; the dialog's screenshots
 * (390 px and desktop) go to {@code bootstrap/target/screenshots}.
 */
abstract class GuestThreeDSecureBrowserContract extends InBrowserFlow {

    private static final String ORDERS = "/api/v1/restaurants/" + RESTAURANT
            + "/orders?status=PLACED,ACCEPTED,PREPARING,READY,OUT_FOR_DELIVERY,COMPLETED,REJECTED,CANCELLED";

    /** A prefix per database, so each run keeps its own screenshots. */
    abstract String screenshotPrefix();

    @Test
    void theBanksCheck_completed_placesTheOrderWithItsNumber() {
        checkoutWithTheThreeDSecureCard();
        WebElement dialog = browser.dialog();
        assertThat(dialog.getAccessibleName()).isEqualTo("Confirm with your bank");
        assertThat(dialog.getText()).contains("3-D Secure");
        assertThat(browser.focused().getAccessibleName()).as("focus on the dialog's first answer").isEqualTo("Complete");
        browser.screenshots(screenshotPrefix() + "-checkout-3ds-dialog");
        assertThat(browser.accessibilityViolations()).as("accessibility of the dialog").isEmpty();
        browser.clickIn(dialog, "Complete");

        browser.waitForText("is placed");
        var listed = http.get(ORDERS, manager());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("items")).hasSize(1);
        JsonNode order = listed.json().get("items").get(0);
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(browser.pageText()).contains("Order #" + order.get("number").asInt() + " is placed");
    }

    @Test
    void theBanksCheck_failed_leavesNoOrder_andSaysSoInWords() {
        checkoutWithTheThreeDSecureCard();
        browser.clickIn(browser.dialog(), "Fail");

        browser.waitForText("Your bank did not confirm the payment. No order was placed and nothing was charged.");
        browser.screenshots(screenshotPrefix() + "-checkout-3ds-failed");
        assertThat(browser.accessibilityViolations()).as("accessibility of the failed checkout").isEmpty();
        assertThat(browser.url()).endsWith("/checkout");
        var listed = http.get(ORDERS, manager());
        assertThat(listed.json().get("items")).as("an order never placed is on no list").isEmpty();
        assertThat(storedOrders()).containsExactly("CANCELLED payment-failed VOIDED");
    }

    @Test
    void anOrderWaitingForTheBank_isTrackedAsWaitingForYourBank() {
        var awaiting = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart(), "PM")
                        .replace("\"token\":\"PM\"", "\"paymentMethod\":\"pm_card_authenticationRequired\""),
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
        assertThat(awaiting.status()).as(awaiting.body()).isEqualTo(202);
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/track/" + awaiting.json().get("id").asText() + "#t="
                + awaiting.json().get("accessToken").asText());

        browser.waitForText("Waiting for your bank");
        browser.waitForText("Your bank is still checking the payment.");
        assertThat(browser.pageText()).doesNotContain("Cancel order", "Ready around");
        browser.screenshots(screenshotPrefix() + "-tracking-awaiting-bank");
        assertThat(browser.accessibilityViolations()).as("accessibility of the tracking page").isEmpty();
    }

    /** Two orders of onion rings, the guest's details, the 3-D Secure test card, and "Place order". */
    private void checkoutWithTheThreeDSecureCard() {
        browser.resize(Viewport.PHONE);
        browser.open(baseUri() + "/r/" + RESTAURANT);
        browser.click("Add Onion Rings");
        browser.dialog();
        browser.click("One more");
        browser.click("Add to order");
        browser.click("View order");
        browser.click("Go to checkout");
        browser.waitForText("How would you like it?");
        browser.type("Name", "Ada Guest");
        browser.type("Email", "ada@example.com");
        browser.choose("3-D Secure test card");
        browser.click("Place order");
    }

    /** Every order in the database, listed or not: "status reason paymentStatus". */
    private List<String> storedOrders() {
        var settings = testDatabase().settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(),
                settings.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT o.status, o.payment_status, "
                     + "(SELECT h.reason FROM order_status_history h WHERE h.order_id = o.id AND h.to_status = o.status) "
                     + "FROM orders o")) {
            List<String> orders = new ArrayList<>();
            while (rows.next()) {
                orders.add(rows.getString(1) + " " + rows.getString(3) + " " + rows.getString(2));
            }
            return orders;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
