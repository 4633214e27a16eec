package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.payment.stripe.StripeStandIn;
import dev.chit.adapters.payment.stripe.StripeStandIn.Received;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.PaymentSettings;
import dev.chit.bootstrap.StripeKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe Connect over HTTP against the whole server and a stand-in for Stripe: an admin connects
 * the restaurant to its own Stripe account, its manager sees it, and every Stripe call for its
 * orders is made on it ({@code Stripe-Account}). A checkout left at the bank's check (3-D Secure)
 * past {@code CHIT_PAYMENT_ABANDON_AFTER_MINUTES} (a few seconds here) is cancelled by the system
 * and its intent cancelled once, a lost answer included.
 */
abstract class StripeConnectContract extends SignedInFlow {

    private static final String ACCOUNT = "acct_1E2eDemoDiner";
    private static final Duration ABANDON_AFTER = Duration.ofSeconds(3);

    private final StripeStandIn stripe = new StripeStandIn();

    @Override
    ChitSettings configure(ChitSettings defaults) {
        StripeKeys keys = new StripeKeys("sk_test_fake-e2e-connect", Optional.of("pk_test_e2eConnect"),
                Optional.of("whsec_e2eConnect"), stripe.apiBase());
        return defaults.withPayment(new PaymentSettings(PaymentSettings.STRIPE, Duration.ZERO, Duration.ofSeconds(1),
                Optional.of(keys), ABANDON_AFTER));
    }

    @AfterEach
    void stopStripe() {
        stripe.close();
    }

    private String settings() {
        return "/api/v1/restaurants/" + RESTAURANT + "/settings";
    }

    private void connect() {
        var connected = http.patch(settings(), HttpJson.json(Map.of("stripeAccountId", ACCOUNT)), admin());
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    }

    private HttpJson.Response checkout(String paymentMethod) {
        Map<String, Object> body = new LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", "ada@example.com", "phone", "+1 555 0100"));
        body.put("payment", Map.of("method", "card", "paymentMethod", paymentMethod));
        return http.post("/api/v1/orders", HttpJson.json(body), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private Received only(String method, String path) {
        var matching = stripe.received().stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path)).toList();
        assertThat(matching).as(method + " " + path).hasSize(1);
        return matching.getFirst();
    }

    @Test
    void anAdminConnectsTheRestaurant_itsManagerSeesIt_andEveryStripeCallOfItsOrdersCarriesTheAccount() {
        var byManager = http.patch(settings(), HttpJson.json(Map.of("stripeAccountId", ACCOUNT)), manager());
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(403);
        var malformed = http.patch(settings(), HttpJson.json(Map.of("stripeAccountId", "sk_live_nope")), admin());
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(422);
        assertThat(malformed.json().at("/errors/0/field").asText()).isEqualTo("stripeAccountId");
        connect();
        JsonNode seen = http.get("/api/v1/restaurants/" + RESTAURANT, manager()).json();
        assertThat(seen.get("stripeAccountId").asText()).isEqualTo(ACCOUNT);
        assertThat(seen.toString()).doesNotContain("sk_test").doesNotContain("whsec");
        JsonNode payments = http.get("/api/v1/restaurants/" + RESTAURANT + "/menu").json().get("payments");
        assertThat(payments.get("gateway").asText()).isEqualTo("stripe");
        assertThat(payments.get("stripeAccountId").asText()).as("Stripe.js makes the card on this account")
                .isEqualTo(ACCOUNT);

        var placed = checkout("pm_card_visa");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        var accepted = move(orderId, manager(), "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.json().get("paymentStatus").asText()).as(accepted.body()).isEqualTo("CAPTURED");
        var refund = http.post("/api/v1/orders/" + orderId + "/refunds",
                HttpJson.json(Map.of("amount", 500, "reason", "cold fries")), manager());
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);

        Received create = only("POST", "/v1/payment_intents");
        assertThat(create.stripeAccount()).contains(ACCOUNT);
        assertThat(create.form()).containsEntry("metadata[chit_order_id]", orderId);
        // The request and the settling job may both ask (the same key): Stripe carries each out once.
        assertThat(stripe.received()).extracting(Received::path)
                .anyMatch(path -> path.endsWith("/capture")).contains("/v1/refunds");
        assertThat(stripe.received()).allSatisfy(call -> assertThat(call.stripeAccount()).as(call.path())
                .contains(ACCOUNT));
        assertThat(stripe.applied("capture")).isEqualTo(1);
        assertThat(stripe.applied("refund")).isEqualTo(1);
    }

    @Test
    void anOrderLeftAtTheBanksCheck_isCancelledByTheSystem_andItsIntentCancelledOnce_evenWhenTheAnswerIsLost()
            throws InterruptedException {
        connect();
        var awaiting = checkout("pm_card_authenticationRequired");
        assertThat(awaiting.status()).as(awaiting.body()).isEqualTo(202);
        String orderId = awaiting.json().get("id").asText();
        Map<String, String> guest = Map.of("X-Order-Token", awaiting.json().get("accessToken").asText());
        // The system's cancel reaches Stripe, and its answer is lost: the settling job asks again.
        stripe.failNext(StripeStandIn.Fault.DROP_ANSWER, 1);

        JsonNode order = waitFor(orderId, guest, seen -> seen.get("paymentStatus").asText().equals("VOIDED"));

        assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.get("number").isNull()).isTrue();
        JsonNode last = order.get("history").get(order.get("history").size() - 1);
        assertThat(last.get("reason").asText()).isEqualTo("abandoned");
        assertThat(last.at("/actor/type").asText()).isEqualTo("SYSTEM");
        var cancels = stripe.received().stream().filter(call -> call.path().endsWith("/cancel")).toList();
        assertThat(cancels).hasSizeGreaterThanOrEqualTo(2).allSatisfy(call -> {
            assertThat(call.stripeAccount()).contains(ACCOUNT);
            assertThat(call.idempotencyKey()).contains("order:" + orderId + ":void");
        });
        Thread.sleep(ABANDON_AFTER.plusSeconds(1).toMillis());
        assertThat(stripe.applied("cancel")).as("cancelled once, however often asked").isEqualTo(1);
        var listed = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders?limit=200", manager());
        assertThat(listed.json().get("items").findValuesAsText("id")).doesNotContain(orderId);
    }

    private JsonNode waitFor(String orderId, Map<String, String> guest,
                             java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            JsonNode seen = http.get("/api/v1/orders/" + orderId, guest).json();
            if (done.test(seen) || Instant.now().isAfter(giveUp)) {
                return seen;
            }
            Thread.sleep(200);
        }
    }
}
