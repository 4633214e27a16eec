package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.payment.stripe.StripeStandIn;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.PaymentSettings;
import dev.chit.bootstrap.StripeKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole server with {@code CHIT_PAYMENT_GATEWAY=stripe}, against a stand-in for Stripe's API
 * on loopback: a checkout is one confirmed manual-capture PaymentIntent, accepting captures it
 * once, a refund is a Stripe refund; Stripe's failures are a 502 to the guest, never a 500, and
 * the keys show nowhere.
 */
abstract class StripeCheckoutContract extends SignedInFlow {

    private static final String SECRET = "sk_test_fake-e2e-secret-never-shown";
    private static final long TOTAL = 3348;

    private final StripeStandIn stripe = new StripeStandIn();

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withPayment(PaymentSettings.defaults().withStripe(new StripeKeys(SECRET,
                Optional.of("pk_test_e2ePublishable"), Optional.of("whsec_e2eWebhook"), stripe.apiBase())));
    }

    @AfterEach
    void stopStripe() {
        stripe.close();
    }

    private static String checkout(String paymentMethod) {
        return CheckoutFlowContract.order(CheckoutFlowContract.cart(), "PM")
                .replace("\"token\":\"PM\"", "\"paymentMethod\":\"" + paymentMethod + "\"");
    }

    private HttpJson.Response place(String paymentMethod, String key) {
        return http.post("/api/v1/orders", checkout(paymentMethod), Map.of("Idempotency-Key", key));
    }

    @Test
    void aCheckout_isOneManualCaptureIntent_capturedOnceOnAccept_andRefundedThroughStripe() {
        var placed = place("pm_card_visa", UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        var create = stripe.received().getFirst();
        assertThat(create.form()).containsEntry("amount", String.valueOf(TOTAL)).containsEntry("currency", "usd")
                .containsEntry("capture_method", "manual").containsEntry("confirm", "true")
                .containsEntry("metadata[chit_order_id]", order.get("id").asText());
        String intent = stripe.received().stream().filter(call -> call.path().equals("/v1/payment_intents"))
                .findFirst().map(call -> call.idempotencyKey().orElseThrow()).orElseThrow();
        assertThat(intent).contains(order.get("id").asText());

        var accepted = move(order.get("id").asText(), manager(), "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("paymentStatus").asText()).isEqualTo("CAPTURED");
        assertThat(stripe.applied("capture")).isEqualTo(1);

        var refund = http.post("/api/v1/orders/" + order.get("id").asText() + "/refunds",
                HttpJson.json(Map.of("amount", 500, "reason", "cold fries")), manager());
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        assertThat(stripe.applied("refund")).isEqualTo(1);
        assertThat(stripe.received().stream().filter(call -> call.path().equals("/v1/refunds")).findFirst()
                .orElseThrow().form()).containsEntry("amount", "500");
    }

    @Test
    void twentyDuplicateCheckoutsAtOnce_makeOneIntent() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Integer>> checkouts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            checkouts.add(() -> place("pm_card_visa", key).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> status : pool.invokeAll(checkouts)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        assertThat(stripe.applied("create")).isEqualTo(1);
        assertThat(place("pm_card_visa", key).status()).as("replayed").isEqualTo(201);
        assertThat(stripe.applied("create")).isEqualTo(1);
    }

    @Test
    void stripesFailures_are502ToTheGuest_withNoOrder_andNoKeyShown() {
        for (var fault : List.of(StripeStandIn.Fault.SERVER_ERROR, StripeStandIn.Fault.NOT_JSON)) {
            stripe.failNext(fault, 1);
            var failed = place("pm_card_visa", UUID.randomUUID().toString());
            assertThat(failed.status()).as(fault + ": " + failed.body()).isEqualTo(502);
            assertThat(failed.json().get("type").asText()).isEqualTo("/problems/payment-unavailable");
            assertThat(failed.body()).doesNotContain(SECRET).doesNotContain("sk_test").doesNotContain("whsec");
        }
        assertThat(stripe.applied("create")).isZero();
    }

    @Test
    void declinedAndUnknownCards_areAnsweredAsTheContractSays() {
        var declined = place("pm_card_chargeDeclinedInsufficientFunds", UUID.randomUUID().toString());
        var unknown = place("pm_noSuchMethod", UUID.randomUUID().toString());

        assertThat(declined.status()).as(declined.body()).isEqualTo(402);
        assertThat(declined.json().at("/errors/0/code").asText()).isEqualTo("insufficient_funds");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("payment.paymentMethod");
    }
}
