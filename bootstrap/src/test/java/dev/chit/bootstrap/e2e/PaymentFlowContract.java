package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card's way with an order, over HTTP against the whole server and the sandbox network:
 * authorized at checkout, captured when the kitchen accepts, voided when the order is given up
 * before that, refunded after it, in part by a manager or in full on cancelling.
 */
abstract class PaymentFlowContract extends SignedInFlow {

    private static final long TOTAL = 3348;

    private HttpJson.Response refund(String orderId, Map<String, String> as, long amount, String reason) {
        return http.post("/api/v1/orders/" + orderId + "/refunds",
                HttpJson.json(Map.of("amount", amount, "reason", reason)), as);
    }

    private JsonNode seen(JsonNode placed) {
        var seen = http.get("/api/v1/orders/" + placed.get("id").asText(),
                Map.of("X-Order-Token", placed.get("accessToken").asText()));
        assertThat(seen.status()).isEqualTo(200);
        return seen.json();
    }

    @Test
    void acceptingCaptures_aManagerRefundsPart_andCancellingRefundsTheRest() {
        Map<String, String> manager = manager();
        JsonNode placed = placeOrder();
        String id = placed.get("id").asText();
        assertThat(placed.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");

        var accepted = move(id, manager, "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("paymentStatus").asText()).isEqualTo("CAPTURED");

        var part = refund(id, manager, 500, "cold fries");
        assertThat(part.status()).as(part.body()).isEqualTo(201);
        JsonNode refund = part.json();
        assertThat(refund.get("orderId").asText()).isEqualTo(id);
        assertThat(refund.get("amount").asLong()).isEqualTo(500);
        assertThat(refund.get("currency").asText()).isEqualTo("USD");
        assertThat(refund.get("reason").asText()).isEqualTo("cold fries");
        assertThat(refund.get("id").asText()).isNotBlank();
        assertThat(refund.get("createdAt").asText()).endsWith("Z");
        assertThat(seen(placed).get("refunded").asLong()).isEqualTo(500);
        assertThat(seen(placed).get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");

        var tooMuch = refund(id, manager, TOTAL, "everything");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().at("/errors/0/field").asText()).isEqualTo("amount");

        var cancelled = move(id, manager, "CANCELLED", Map.of("reason", "oven broke"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("paymentStatus").asText()).isEqualTo("REFUNDED");
        assertThat(cancelled.json().get("refunded").asLong()).isEqualTo(TOTAL);
    }

    @Test
    void rejectingVoids_andSoDoesTheGuestCancellingWhilePlaced() {
        Map<String, String> manager = manager();
        JsonNode rejected = placeOrder();
        JsonNode cancelled = placeOrder();

        var rejection = move(rejected.get("id").asText(), manager, "REJECTED", Map.of("reason", "closing early"));
        var cancellation = http.post("/api/v1/orders/" + cancelled.get("id").asText() + "/cancel", "{}",
                Map.of("X-Order-Token", cancelled.get("accessToken").asText()));

        assertThat(rejection.status()).as(rejection.body()).isEqualTo(200);
        assertThat(rejection.json().get("paymentStatus").asText()).isEqualTo("VOIDED");
        assertThat(cancellation.status()).as(cancellation.body()).isEqualTo(200);
        assertThat(cancellation.json().get("paymentStatus").asText()).isEqualTo("VOIDED");
    }

    @Test
    void onlyManagersRefund_andARetryUnderItsKeyRefundsOnce() {
        Map<String, String> manager = manager();
        String id = placeOrder().get("id").asText();
        move(id, manager, "ACCEPTED");

        assertThat(refund(id, Map.of(), 100, "x").status()).isEqualTo(401);
        assertThat(refund(id, newCook(), 100, "x").status()).isEqualTo(403);
        assertThat(refund("01936b2a-4c00-7000-8000-999999999999", manager, 100, "x").status()).isEqualTo(404);

        Map<String, String> keyed = with(manager, "Idempotency-Key", "refund-once");
        var first = refund(id, keyed, 700, "late");
        var again = refund(id, keyed, 700, "late");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        var order = http.get("/api/v1/orders/" + id, manager);
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().get("refunded").asLong()).isEqualTo(700);
    }
}
