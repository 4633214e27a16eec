package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accept timeout against the whole server, at its shortest (one minute): the job rejects the
 * order as the system and voids its payment, and a restaurant set to pause after one missed
 * order pauses itself for half an hour; an open board hears of the rejection.
 */
abstract class AcceptTimeoutContract extends SignedInFlow {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void anOrderNobodyAccepts_isRejectedByTheSystem_andTheRestaurantPausesItself() throws InterruptedException {
        Map<String, String> boss = manager();
        var patched = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings",
                HttpJson.json(Map.of("acceptTimeoutMinutes", 1, "autoPauseAfterMissed", 1)), boss);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        String token = boss.get("Authorization").substring("Bearer ".length());
        try (LiveClient board = LiveClient.open(chit().baseUri(), "/ws/restaurants/" + RESTAURANT + "/orders?token="
                + token)) {
            board.next("snapshot");
            String id = placeOrder().get("id").asText();

            JsonNode order = awaitStatus(id, boss, "REJECTED");
            JsonNode rejected = board.until(frame -> frame.at("/order/status").asText().equals("REJECTED")).getLast();

            assertThat(rejected.at("/order/id").asText()).as("the board hears of the timeout").isEqualTo(id);
            assertThat(rejected.at("/order/history/1/actor/type").asText()).isEqualTo("SYSTEM");
            assertTheSystemRejected(order);
        }
    }

    private void assertTheSystemRejected(JsonNode order) {
        Map<String, String> boss = manager();

        assertThat(order.at("/history/1/actor/type").asText()).isEqualTo("SYSTEM");
        assertThat(order.at("/history/1/reason").asText()).isEqualTo("not accepted in time");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
        JsonNode restaurant = http.get("/api/v1/restaurants/" + RESTAURANT, boss).json();
        assertThat(Instant.parse(restaurant.get("pausedUntil").asText()))
                .isAfter(Instant.now().plus(Duration.ofMinutes(28)));
        var paused = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(paused.status()).as(paused.body()).isEqualTo(422);
    }

    private JsonNode awaitStatus(String id, Map<String, String> as, String status) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            JsonNode order = http.get("/api/v1/orders/" + id, as).json();
            if (order.get("status").asText().equals(status) && !order.get("paymentStatus").asText().equals("AUTHORIZED")
                    || Instant.now().isAfter(giveUp)) {
                return order;
            }
            Thread.sleep(1000);
        }
    }
}
