package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's stand-in for the bank's 3-D Secure check over HTTP, against the whole server:
 * the guest's answer goes to the network, the order moves only when the guest then confirms,
 * placed and numbered or cancelled {@code payment-failed}; a second answer is a conflict, a
 * stranger finds nothing, a body without its answer is named.
 */
abstract class SandboxAuthenticationContract extends SignedInFlow {

    private JsonNode awaiting() {
        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart(), "PM")
                        .replace("\"token\":\"PM\"", "\"paymentMethod\":\"pm_card_authenticationRequired\""),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(202);
        return placed.json();
    }

    private static Map<String, String> guest(JsonNode order) {
        return Map.of("X-Order-Token", order.get("accessToken").asText());
    }

    private HttpJson.Response answer(JsonNode order, String body) {
        return http.post("/api/v1/orders/" + order.get("id").asText() + "/payment/sandbox-authentication", body,
                guest(order));
    }

    private JsonNode confirm(JsonNode order) {
        var confirmed = http.post("/api/v1/orders/" + order.get("id").asText() + "/payment/confirm", "", guest(order));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return confirmed.json();
    }

    @Test
    void aPassedCheck_thenTheConfirmation_placesTheOrderWithItsNumber() {
        JsonNode order = awaiting();

        var answered = answer(order, "{\"passed\":true}");
        JsonNode before = http.get("/api/v1/orders/" + order.get("id").asText(), guest(order)).json();
        JsonNode placed = confirm(order);

        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(answered.body()).isEmpty();
        assertThat(before.get("status").asText()).as("the answer alone moves no order").isEqualTo("AWAITING_PAYMENT");
        assertThat(placed.get("status").asText()).isEqualTo("PLACED");
        assertThat(placed.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(placed.get("number").asInt()).isPositive();
    }

    @Test
    void aFailedCheck_thenTheConfirmation_cancelsTheOrder_paymentFailed() {
        JsonNode order = awaiting();

        assertThat(answer(order, "{\"passed\":false}").status()).isEqualTo(204);
        JsonNode cancelled = confirm(order);

        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("number").isNull()).isTrue();
        assertThat(cancelled.at("/history").findValuesAsText("reason")).contains("payment-failed");
    }

    @Test
    void aSecondAnswer_orAnAnswerForAPlacedOrder_isAConflict() {
        JsonNode order = awaiting();
        assertThat(answer(order, "{\"passed\":true}").status()).isEqualTo(204);

        var again = answer(order, "{\"passed\":false}");
        confirm(order);
        var afterPlacing = answer(order, "{\"passed\":true}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("/problems/conflict");
        assertThat(afterPlacing.status()).as(afterPlacing.body()).isEqualTo(409);
        assertThat(confirm(order).get("status").asText()).as("the first answer stands").isEqualTo("PLACED");
    }

    @Test
    void aStranger_findsNoOrder_andABodyWithoutTheAnswer_isNamed() {
        JsonNode order = awaiting();

        var stranger = http.post("/api/v1/orders/" + order.get("id").asText() + "/payment/sandbox-authentication",
                "{\"passed\":true}", Map.of("X-Order-Token", "not-the-token"));
        var noToken = http.post("/api/v1/orders/" + order.get("id").asText() + "/payment/sandbox-authentication",
                "{\"passed\":true}", Map.of());
        var empty = answer(order, "{}");
        var text = answer(order, "{\"passed\":\"yes\"}");

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(noToken.status()).isEqualTo(404);
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.json().at("/errors/0/field").asText()).isEqualTo("passed");
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(confirm(order).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void theMenu_saysTheGuestPaysInTheSandbox() {
        JsonNode payments = http.get("/api/v1/restaurants/" + RESTAURANT + "/menu").json().get("payments");

        assertThat(payments.get("gateway").asText()).isEqualTo("sandbox");
        assertThat(payments.has("publishableKey")).isFalse();
        assertThat(payments.has("scriptUrl")).isFalse();
    }
}
