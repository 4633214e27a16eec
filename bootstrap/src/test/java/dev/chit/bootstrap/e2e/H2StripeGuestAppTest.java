package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.payment.stripe.StripeStandIn;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.PaymentSettings;
import dev.chit.bootstrap.StripeKeys;
import dev.chit.bootstrap.e2e.Browser.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest's app paying through Stripe, in a real Chromium: Stripe.js is a stand-in served on
 * loopback ({@link StripeJsStandIn}) whose bank challenge decides the intent at the
 * {@link StripeStandIn} that the server charges through. The menu names Stripe and the key; the
 * guest's pages allow Stripe.js's origins and nothing else, and the page trips no policy.
 */
class H2StripeGuestAppTest extends InBrowserFlow {

    private static final String PUBLISHABLE_KEY = "pk_test_e2eGuestPublishable";
    private static final String ORDERS = "/api/v1/restaurants/" + RESTAURANT
            + "/orders?status=PLACED,ACCEPTED,PREPARING,READY,OUT_FOR_DELIVERY,COMPLETED,REJECTED,CANCELLED";

    @TempDir
    Path dataDir;

    private final StripeStandIn stripe = new StripeStandIn();
    private final StripeJsStandIn stripeJs = new StripeJsStandIn(stripe);

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withPayment(PaymentSettings.defaults().withStripe(new StripeKeys("sk_test_fake-guest-e2e",
                Optional.of(PUBLISHABLE_KEY), Optional.of("whsec_fakeGuestE2e"), stripe.apiBase(),
                stripeJs.scriptUrl())));
    }

    @AfterEach
    void stopStripe() {
        stripeJs.close();
        stripe.close();
    }

    @Test
    void theMenuNamesStripe_andTheGuestsPagesAllowStripesOriginsOnly() {
        JsonNode payments = http.get("/api/v1/restaurants/" + RESTAURANT + "/menu").json().get("payments");
        assertThat(payments.get("gateway").asText()).isEqualTo("stripe");
        assertThat(payments.get("publishableKey").asText()).isEqualTo(PUBLISHABLE_KEY);
        assertThat(payments.get("scriptUrl").asText()).isEqualTo(stripeJs.scriptUrl().toString());
        assertThat(payments.toString()).doesNotContain("sk_test", "whsec");

        String standIn = "http://127.0.0.1:" + stripeJs.scriptUrl().getPort();
        for (String path : new String[] {"/", "/r/" + RESTAURANT, "/r/" + RESTAURANT + "/checkout", "/track/x"}) {
            assertThat(http.get(path).header("Content-Security-Policy")).as(path).isEqualTo(
                    "default-src 'self'; script-src 'self' " + standIn + "; frame-src " + standIn
                            + " https://hooks.stripe.com; connect-src 'self' https://api.stripe.com; img-src 'self' data:; "
                            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        }
        assertThat(http.get("/portal").header("Content-Security-Policy")).doesNotContain("stripe", standIn);
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT + "/menu").header("Content-Security-Policy"))
                .startsWith("default-src 'none'");
    }

    @Test
    void theSandboxsCheck_isNotFound_withStripe() {
        var awaiting = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart(), "PM")
                        .replace("\"token\":\"PM\"", "\"paymentMethod\":\"pm_card_authenticationRequired\""),
                Map.of("Idempotency-Key", "guest-3ds-stripe-404"));
        assertThat(awaiting.status()).as(awaiting.body()).isEqualTo(202);

        var answered = http.post("/api/v1/orders/" + awaiting.json().get("id").asText()
                        + "/payment/sandbox-authentication", "{\"passed\":true}",
                Map.of("X-Order-Token", awaiting.json().get("accessToken").asText()));

        assertThat(answered.status()).as(answered.body()).isEqualTo(404);
    }

    @Test
    void aCardWhoseBankChecks_passesTheChallengeInStripesFrame_andTheOrderIsPlaced() {
        checkoutWith("4000 0027 6000 3184 (3-D Secure)");
        browser.insideFrame("Bank authentication", () -> browser.clickButtonReading("Complete authentication"));

        browser.waitForText("is placed");
        var listed = http.get(ORDERS, manager()).json().get("items");
        assertThat(listed).hasSize(1);
        JsonNode order = listed.get(0);
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
        assertThat(browser.pageText()).contains("Order #" + order.get("number").asInt() + " is placed");
        var create = stripe.received().stream().filter(call -> call.path().equals("/v1/payment_intents"))
                .findFirst().orElseThrow();
        assertThat(create.form()).containsEntry("payment_method", "pm_card_authenticationRequired")
                .containsEntry("amount", order.get("total").asText());
        assertThat(browser.script("return window.stripeStandIn.publishableKey")).isEqualTo(PUBLISHABLE_KEY);
    }

    @Test
    void aFailedChallenge_leavesNoOrder_andSaysSoInWords() {
        checkoutWith("4000 0027 6000 3184 (3-D Secure)");
        browser.insideFrame("Bank authentication", () -> browser.clickButtonReading("Fail authentication"));

        browser.waitForText("Your bank did not confirm the payment. No order was placed and nothing was charged.");
        assertThat(browser.url()).endsWith("/checkout");
        assertThat(http.get(ORDERS, manager()).json().get("items")).isEmpty();
    }

    @Test
    void aCardWithoutChallenge_isPlacedAtOnce_andADeclinedOneShowsItsCode() {
        checkoutWith("4000 0000 0000 0002 (declined)");
        browser.waitForText("Your card was declined (card_declined)");

        browser.select("Card", "4242 4242 4242 4242 (Visa)");
        browser.click("Place order");
        browser.waitForText("is placed");
        assertThat(http.get(ORDERS, manager()).json().get("items")).hasSize(1);
    }

    private void checkoutWith(String card) {
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
        browser.select("Card", card);
        browser.click("Place order");
    }
}
