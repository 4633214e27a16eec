package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity-aware promises against the whole server: work the kitchen accepted fills its
 * 15-minute slots, and quotes and accepts promise later while it is loaded.
 */
abstract class KitchenCapacityContract extends SignedInFlow {

    static final String SETTINGS = "/api/v1/restaurants/" + RESTAURANT + "/settings";
    static final String QUOTES = "/api/v1/restaurants/" + RESTAURANT + "/quotes";

    /** 30 prep-minutes per slot, 20-minute orders: a slot holds one and a half orders. */
    void aKitchenOfThirtyMinutesPerSlot() {
        var patched = http.patch(SETTINGS, HttpJson.json(Map.of("capacityPerSlot", 30, "defaultPrepMinutes", 20)),
                manager());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    }

    Instant quotedReadyAt() {
        var quote = http.post(QUOTES, HttpJson.json(CheckoutFlowContract.cart()), Map.of());
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        return Instant.parse(quote.json().get("estimatedReadyAt").asText());
    }

    @Test
    void thePromise_movesLater_whenTheKitchenIsLoaded() {
        aKitchenOfThirtyMinutesPerSlot();
        Map<String, String> cook = newCook();
        Instant idle = quotedReadyAt();

        // Four 20-minute orders: 80 minutes of work due in the slot of "now + 20 minutes", which
        // does 30; the rest fills the next slots, and a new order fits three slots later.
        for (int i = 0; i < 4; i++) {
            var accepted = move(placeOrder().get("id").asText(), cook, "ACCEPTED", Map.of("prepMinutes", 20));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        }
        Instant loaded = quotedReadyAt();

        assertThat(loaded).isAfter(idle.plus(Duration.ofMinutes(30)));
        JsonNode accepted = move(placeOrder().get("id").asText(), cook, "ACCEPTED").json();
        Duration proposed = Duration.between(Instant.parse(accepted.get("acceptedAt").asText()),
                Instant.parse(accepted.get("estimatedReadyAt").asText()));
        assertThat(proposed).as("the prep time proposed on accept").isGreaterThan(Duration.ofMinutes(45));
    }

    @Test
    void readyOrders_giveTheirRoomBack() {
        aKitchenOfThirtyMinutesPerSlot();
        Map<String, String> cook = newCook();
        Instant idle = quotedReadyAt();
        for (int i = 0; i < 3; i++) {
            String id = placeOrder().get("id").asText();
            move(id, cook, "ACCEPTED", Map.of("prepMinutes", 20));
            move(id, cook, "PREPARING");
            move(id, cook, "READY");
        }

        assertThat(quotedReadyAt()).isBefore(idle.plus(Duration.ofMinutes(5)));
    }

    @Test
    void theSlotsOfADay_showWhichAreFull_andAScheduledOrderForAFullSlotIs422() {
        aKitchenOfThirtyMinutesPerSlot();
        String tomorrow = LocalDate.now(NEW_YORK).plusDays(1).toString();
        JsonNode before = slots(tomorrow);
        assertThat(before).hasSize(96);
        assertThat(before).allSatisfy(slot -> assertThat(slot.get("available").asBoolean()).isTrue());
        String noon = before.get(48).get("start").asText();

        // One 20-minute order leaves 10 of the slot's 30 minutes: not enough for another.
        assertThat(checkout(scheduledFor(noon)).status()).isEqualTo(201);
        var full = checkout(scheduledFor(noon));

        assertThat(full.status()).as(full.body()).isEqualTo(422);
        assertThat(full.json().at("/errors/0/field").asText()).isEqualTo("scheduledFor");
        assertThat(full.json().at("/errors/0/code").asText()).isEqualTo("slot-full");
        JsonNode after = slots(tomorrow);
        assertThat(after.get(48).get("available").asBoolean()).isFalse();
        assertThat(after.get(47).get("available").asBoolean()).isTrue();
        assertThat(after.get(49).get("available").asBoolean()).isTrue();
    }

    @Test
    void racingCheckouts_cannotOverbookTheLastRoomOfASlot() throws Exception {
        aKitchenOfThirtyMinutesPerSlot();
        String tomorrow = LocalDate.now(NEW_YORK).plusDays(1).toString();
        String evening = slots(tomorrow).get(76).get("start").asText();
        int racers = 4;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return checkout(scheduledFor(evening)).status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 422).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void slots_needADate() {
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT + "/slots").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT + "/slots?date=tomorrow").status()).isEqualTo(400);
    }

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private JsonNode slots(String date) {
        var response = http.get("/api/v1/restaurants/" + RESTAURANT + "/slots?date=" + date);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("slots");
    }

    private static Map<String, Object> scheduledFor(String at) {
        Map<String, Object> cart = new LinkedHashMap<>(CheckoutFlowContract.cart());
        cart.put("scheduledFor", at);
        return cart;
    }

    private HttpJson.Response checkout(Map<String, Object> cart) {
        return http.post("/api/v1/orders", CheckoutFlowContract.order(cart),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }
}
