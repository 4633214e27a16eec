package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3-D Secure over HTTP against the whole server and the sandbox network: a card whose bank wants
 * to check the guest answers 202 with an order that waits for its payment, unnumbered and on no
 * list, and the guest's confirmation leaves it waiting while the bank has not answered.
 */
abstract class ThreeDSecureContract extends SignedInFlow {

    private static String checkout(String paymentMethod) {
        Map<String, Object> body = new LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", "ada@example.com", "phone", "+1 555 0100"));
        body.put("payment", Map.of("method", "card", "paymentMethod", paymentMethod));
        return HttpJson.json(body);
    }

    private List<String> listedIds() {
        var list = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders?limit=200", manager());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().get("items").findValuesAsText("id");
    }

    @Test
    void aCardThatNeedsTheBank_answers202_withAnOrderAwaitingPayment_andTheSameOnReplay() {
        String key = UUID.randomUUID().toString();
        String body = checkout("pm_card_authenticationRequired");

        var first = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", key));
        var replay = http.post("/api/v1/orders", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        JsonNode order = first.json();
        assertThat(order.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(order.get("number").isNull()).isTrue();
        assertThat(order.get("paymentStatus").asText()).isEqualTo("REQUIRES_ACTION");
        assertThat(order.get("accessToken").asText()).isNotBlank();
        assertThat(order.at("/paymentAction/type").asText()).isEqualTo("stripe");
        assertThat(order.at("/paymentAction/clientSecret").asText()).contains("_secret_");
        assertThat(first.header("Location")).isEqualTo("/api/v1/orders/" + order.get("id").asText());
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
    }

    @Test
    void anOrderAwaitingPayment_isOnNoList_andStaysAwaitingUntilTheBankAnswers() {
        JsonNode placed = placeOrder();
        var awaiting = http.post("/api/v1/orders", checkout("pm_card_authenticationRequired"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String id = awaiting.json().get("id").asText();
        Map<String, String> guest = Map.of("X-Order-Token", awaiting.json().get("accessToken").asText());

        var confirmed = http.post("/api/v1/orders/" + id + "/payment/confirm", "", guest);
        var seen = http.get("/api/v1/orders/" + id, guest);

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(seen.json().get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(listedIds()).contains(placed.get("id").asText()).doesNotContain(id);
    }

    @Test
    void confirmingWithoutTheOrdersToken_isNotFound_andChangesNothing() {
        var awaiting = http.post("/api/v1/orders", checkout("pm_card_authenticationRequired"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        String id = awaiting.json().get("id").asText();

        var stranger = http.post("/api/v1/orders/" + id + "/payment/confirm", "",
                Map.of("X-Order-Token", "not-the-token"));

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/orders/" + id, Map.of("X-Order-Token", awaiting.json().get("accessToken").asText()))
                .json().get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    }
}
