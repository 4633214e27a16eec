package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.live.LiveSettings;
import dev.chit.bootstrap.ChitSettings;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live updates against the whole server with real WebSocket clients: who may open which
 * socket, the snapshot and the events in {@code seq} order, resuming without loss or repeat,
 * slow and broken clients, and that every kind of change reaches the board.
 */
abstract class LiveUpdatesContract extends SignedInFlow {

    private static final String BOARD = "/ws/restaurants/" + RESTAURANT + "/orders";
    private static final int QUEUE = 16;

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withLive(new LiveSettings(Duration.ofSeconds(25), Duration.ofSeconds(60),
                Duration.ofSeconds(1), QUEUE));
    }

    static String token(Map<String, String> signedIn) {
        return signedIn.get("Authorization").substring("Bearer ".length());
    }

    private LiveClient board(Map<String, String> signedIn) {
        return LiveClient.open(chit().baseUri(), BOARD + "?token=" + token(signedIn));
    }

    private LiveClient board(Map<String, String> signedIn, long afterSeq) {
        return LiveClient.open(chit().baseUri(), BOARD + "?token=" + token(signedIn) + "&afterSeq=" + afterSeq);
    }

    private static List<Long> seqs(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.get("seq").asLong()).toList();
    }

    @Test
    void aBoard_startsWithASnapshot_thenGetsEveryChangeInSeqOrder_withNoGaps() {
        Map<String, String> cook = newCook();
        String waiting = placeOrder().get("id").asText();
        try (LiveClient live = board(cook)) {
            JsonNode snapshot = live.next("snapshot");
            assertThat(snapshot.get("orders")).extracting(order -> order.get("id").asText()).containsExactly(waiting);
            long seq = snapshot.get("seq").asLong();

            JsonNode placed = placeOrder();
            String id = placed.get("id").asText();
            JsonNode created = live.next("order.created");
            assertThat(created.at("/order/id").asText()).isEqualTo(id);
            assertThat(created.get("order")).as("the order as the API shows it")
                    .isEqualTo(http.get("/api/v1/orders/" + id, cook).json());
            move(id, cook, "ACCEPTED", Map.of("prepMinutes", 12));
            List<JsonNode> updates = live.until(frame -> frame.at("/order/paymentStatus").asText().equals("CAPTURED"));

            assertThat(updates).allSatisfy(frame -> assertThat(frame.get("type").asText()).isEqualTo("order.updated"));
            assertThat(updates.getLast().at("/order/status").asText()).isEqualTo("ACCEPTED");
            List<Long> all = new ArrayList<>(List.of(created.get("seq").asLong()));
            all.addAll(seqs(updates));
            assertThat(all).isEqualTo(LongStream.rangeClosed(seq + 1, seq + all.size()).boxed().toList());
        }
    }

    @Test
    void onlyTheRestaurantsPeople_mayOpenItsBoard() throws Exception {
        assertThat(LiveClient.open(chit().baseUri(), BOARD).closeCode()).as("no credentials").isEqualTo(4401);
        assertThat(LiveClient.open(chit().baseUri(), BOARD + "?token=not-a-session").closeCode()).as("a bad token")
                .isEqualTo(4401);

        Map<String, String> admin = admin();
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Elsewhere", "currency", "EUR",
                "timezone", "Europe/Paris")), admin);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String elsewhere = opened.json().get("id").asText();
        String stranger = "stranger-" + UUID.randomUUID() + "@example.com";
        hire(admin, elsewhere, stranger, "STAFF");
        Map<String, String> strangerSignedIn = signIn(stranger, PASSWORD);
        assertThat(board(strangerSignedIn).closeCode()).as("staff of another restaurant").isEqualTo(4403);
        assertThat(LiveClient.open(chit().baseUri(), "/ws/restaurants/" + UUID.randomUUID() + "/orders?token="
                + token(admin)).closeCode()).as("no such restaurant, even for an admin").isEqualTo(4403);
        try (LiveClient own = LiveClient.open(chit().baseUri(), "/ws/restaurants/" + elsewhere + "/orders?token="
                + token(strangerSignedIn))) {
            assertThat(own.next("snapshot").get("orders")).isEmpty();
        }
        try (LiveClient adminOnDemo = board(admin)) {
            adminOnDemo.next("snapshot");
        }

        Map<String, String> cookie = cookieSignIn(MANAGER_EMAIL, MANAGER_PASSWORD);
        String origin = "http://" + chit().baseUri().getAuthority();
        // Another site's page: the server refuses the upgrade itself (403), before any socket.
        assertThatThrownBy(() -> LiveClient.open(chit().baseUri(), BOARD, with(cookie, "Origin", "https://evil.example")))
                .hasStackTraceContaining("403");
        assertThat(LiveClient.open(chit().baseUri(), BOARD, cookie).closeCode()).as("the cookie without an Origin")
                .isEqualTo(4401);
        try (LiveClient portal = LiveClient.open(chit().baseUri(), BOARD, with(cookie, "Origin", origin))) {
            portal.next("snapshot");
        }
        try (LiveClient bearer = LiveClient.open(chit().baseUri(), BOARD, Map.of("Authorization",
                "Bearer " + token(admin)))) {
            bearer.next("snapshot");
        }
    }

    @Test
    void signingOut_orBeingDismissed_closesTheOpenBoard_with4401() {
        Map<String, String> leaving = newCook();
        Map<String, String> dismissed = newCook();
        String dismissedId = http.get("/api/v1/auth/me", dismissed).json().get("id").asText();
        try (LiveClient signedOut = board(leaving); LiveClient gone = board(dismissed)) {
            signedOut.next("snapshot");
            gone.next("snapshot");

            assertThat(http.post("/api/v1/auth/logout", "", leaving).status()).isEqualTo(204);
            assertThat(http.delete("/api/v1/restaurants/" + RESTAURANT + "/staff/" + dismissedId, manager()).status())
                    .isEqualTo(204);

            assertThat(signedOut.closeCode()).isEqualTo(4401);
            assertThat(gone.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void aGuest_followsTheirOrderAlone_withItsToken() {
        Map<String, String> cook = newCook();
        JsonNode mine = placeOrder();
        String id = mine.get("id").asText();
        String path = "/ws/orders/" + id;
        JsonNode other = placeOrder();
        assertThat(LiveClient.open(chit().baseUri(), path).closeCode()).as("no token").isEqualTo(4401);
        assertThat(LiveClient.open(chit().baseUri(), path + "?token=" + other.get("accessToken").asText()).closeCode())
                .as("another order's token").isEqualTo(4403);
        assertThat(LiveClient.open(chit().baseUri(), "/ws/orders/" + UUID.randomUUID() + "?token="
                + mine.get("accessToken").asText()).closeCode()).as("no such order").isEqualTo(4403);

        try (LiveClient tracking = LiveClient.open(chit().baseUri(), path + "?token=" + mine.get("accessToken").asText())) {
            JsonNode snapshot = tracking.next("snapshot");
            assertThat(snapshot.get("orders")).extracting(order -> order.get("id").asText()).containsExactly(id);

            move(other.get("id").asText(), cook, "ACCEPTED");
            move(id, cook, "ACCEPTED", Map.of("prepMinutes", 15));
            List<JsonNode> accepted = tracking.until(frame -> frame.at("/order/paymentStatus").asText().equals("CAPTURED"));
            var delayed = http.post("/api/v1/orders/" + id + "/delay", HttpJson.json(Map.of("minutes", 10)), cook);
            assertThat(delayed.status()).as(delayed.body()).isEqualTo(200);
            JsonNode later = tracking.until(frame -> frame.path("change").asText().equals("delayed")).getLast();

            assertThat(accepted).allSatisfy(frame -> assertThat(frame.at("/order/id").asText()).isEqualTo(id));
            assertThat(Instant.parse(later.at("/order/estimatedReadyAt").asText()))
                    .isEqualTo(Instant.parse(accepted.getLast().at("/order/estimatedReadyAt").asText())
                            .plus(Duration.ofMinutes(10)));
            assertThat(later.get("seq").asLong()).isGreaterThan(accepted.getLast().get("seq").asLong());
        }
    }

    @Test
    void aBoardThatComesBack_getsExactlyWhatItMissed_thenLiveOnes() {
        Map<String, String> cook = newCook();
        long left;
        try (LiveClient before = board(cook)) {
            left = before.next("snapshot").get("seq").asLong();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(placeOrder().get("id").asText());
        }
        for (String id : ids) {
            move(id, cook, "ACCEPTED");
            move(id, cook, "PREPARING");
            move(id, cook, "READY");
        }
        long now;
        try (LiveClient fresh = board(cook)) {
            now = fresh.next("snapshot").get("seq").asLong();
        }
        assertThat(now - left).as("at least the 20 changes").isGreaterThanOrEqualTo(20);

        try (LiveClient back = board(cook, left)) {
            List<JsonNode> missed = new ArrayList<>();
            for (long seq = left + 1; seq <= now; seq++) {
                missed.add(back.next());
            }
            assertThat(missed).noneSatisfy(frame -> assertThat(frame.get("type").asText()).isEqualTo("snapshot"));
            assertThat(seqs(missed)).isEqualTo(LongStream.rangeClosed(left + 1, now).boxed().toList());
            move(ids.getFirst(), cook, "COMPLETED");
            assertThat(back.next("order.updated").get("seq").asLong()).isEqualTo(now + 1);

            // A resume frame re-syncs the same way, on the same socket: from where it says it is.
            back.send("{\"type\":\"resume\",\"afterSeq\":" + now + "}");
            assertThat(back.next("order.updated").get("seq").asLong()).isEqualTo(now + 1);
            move(ids.get(1), cook, "COMPLETED");
            assertThat(back.next("order.updated").get("seq").asLong()).isEqualTo(now + 2);
        }
    }

    @Test
    void aResumeFromForgottenEvents_getsTheSnapshot() {
        Map<String, String> cook = newCook();
        placeOrder();
        placeOrder();
        try (Database direct = Database.open(testDatabase().settings())) {
            assertThat(direct.orderEventLog().forgetBefore(Instant.now().plus(Duration.ofDays(1)))).isPositive();
        }
        try (LiveClient back = board(cook, 0)) {
            JsonNode snapshot = back.next("snapshot");
            assertThat(snapshot.get("orders")).hasSize(2);
            assertThat(snapshot.get("seq").asLong()).isPositive();
        }
        try (LiveClient ahead = board(cook, 1_000_000)) {
            assertThat(ahead.next("snapshot").get("orders")).hasSize(2);
        }
    }

    @Test
    void theSwitchOverFromReplayToLive_losesAndRepeatsNothing_underConcurrentChanges() throws Exception {
        Map<String, String> cook = newCook();
        AtomicBoolean running = new AtomicBoolean(true);
        HttpJson other = new HttpJson(chit().baseUri());
        ExecutorService kitchen = Executors.newSingleThreadExecutor();
        Future<?> changes = kitchen.submit(() -> {
            while (running.get()) {
                var placed = other.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                String id = placed.json().get("id").asText();
                other.post("/api/v1/orders/" + id + "/transitions", HttpJson.json(Map.of("to", "ACCEPTED")), cook);
            }
            return null;
        });
        try {
            for (int round = 0; round < 10; round++) {
                long from;
                try (LiveClient probe = board(cook)) {
                    from = Math.max(0, probe.next("snapshot").get("seq").asLong() - 3);
                }
                try (LiveClient resumed = board(cook, from)) {
                    List<Long> seen = new ArrayList<>();
                    while (seen.size() < 12) {
                        JsonNode frame = resumed.next();
                        assertThat(frame.get("type").asText()).as("round " + round).isNotEqualTo("snapshot");
                        seen.add(frame.get("seq").asLong());
                    }
                    assertThat(seen).as("round " + round + " from " + from)
                            .isEqualTo(LongStream.rangeClosed(from + 1, from + seen.size()).boxed().toList());
                }
            }
        } finally {
            running.set(false);
            changes.get();
            kitchen.shutdown();
        }
    }

    @Test
    void aClientThatStopsReading_isClosedWith4008_whileAnotherOnTheBoardKeepsReceiving() throws Exception {
        Map<String, String> cook = newCook();
        String id = placeOrder(aLongOrder()).get("id").asText();
        move(id, cook, "ACCEPTED");
        try (LiveClient reading = board(cook);
             RawSocketClient stalled = RawSocketClient.open(chit().baseUri(), BOARD + "?token=" + token(cook), 1024)) {
            long start = reading.next("snapshot").get("seq").asLong();
            int delays = 100;
            for (int i = 0; i < delays; i++) {
                var delayed = http.post("/api/v1/orders/" + id + "/delay", HttpJson.json(Map.of("minutes", 5)), cook);
                assertThat(delayed.status()).as(delayed.body()).isEqualTo(200);
            }
            List<JsonNode> received = new ArrayList<>();
            for (int i = 0; i < delays; i++) {
                received.add(reading.next("order.updated"));
            }
            assertThat(seqs(received)).isEqualTo(LongStream.rangeClosed(start + 1, start + delays).boxed().toList());

            stalled.timeoutMillis(10_000);
            RawSocketClient.Frame frame;
            int texts = 0;
            do {
                frame = stalled.next();
                texts += frame.opcode() == RawSocketClient.Frame.TEXT ? 1 : 0;
            } while (frame.opcode() != RawSocketClient.Frame.CLOSE);
            assertThat(frame.closeCode()).isEqualTo(4008);
            assertThat(texts).as("what it got before it fell behind").isLessThan(delays + 1);
        }
    }

    @Test
    void aMalformedFrame_getsAnErrorFrame_andTheSocketStaysOpen() {
        Map<String, String> cook = newCook();
        try (LiveClient live = board(cook)) {
            long seq = live.next("snapshot").get("seq").asLong();
            live.send("this is not json");
            JsonNode error = live.next("error");
            assertThat(error.at("/problem/type").asText()).isEqualTo("/problems/malformed-request");
            assertThat(error.at("/problem/status").asInt()).isEqualTo(400);
            live.send("{\"type\":\"subscribe\"}");
            assertThat(live.next("error").at("/problem/errors/0/field").asText()).isEqualTo("type");
            live.send("{\"type\":\"resume\",\"afterSeq\":\"ten\"}");
            assertThat(live.next("error").at("/problem/errors/0/field").asText()).isEqualTo("afterSeq");
            live.send("{\"type\":\"resume\"}");
            assertThat(live.next("error").at("/problem/errors/0/code").asText()).isEqualTo("required");

            placeOrder();
            assertThat(live.next("order.created").get("seq").asLong()).isEqualTo(seq + 1);
        }
    }

    @Test
    void everyKindOfChange_reachesTheBoard() {
        Map<String, String> boss = manager();
        try (LiveClient live = board(boss)) {
            live.next("snapshot");
            var auto = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings",
                    HttpJson.json(Map.of("autoAccept", true)), boss);
            assertThat(auto.status()).as(auto.body()).isEqualTo(200);
            String id = placeOrder().get("id").asText();
            List<JsonNode> autoAccepted = live.until(frame -> frame.at("/order/status").asText().equals("ACCEPTED")
                    && frame.at("/order/id").asText().equals(id));
            assertThat(autoAccepted.getFirst().get("change").asText()).isEqualTo("placed");
            assertThat(autoAccepted.getLast().at("/order/history/1/actor/type").asText()).isEqualTo("SYSTEM");
            http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings", HttpJson.json(Map.of("autoAccept", false)),
                    boss);

            live.until(frame -> frame.at("/order/paymentStatus").asText().equals("CAPTURED"));
            var refund = http.post("/api/v1/orders/" + id + "/refunds",
                    HttpJson.json(Map.of("amount", 100, "reason", "cold fries")), boss);
            assertThat(refund.status()).as(refund.body()).isEqualTo(201);
            // A frame carries the order as the relay read it, so the capture's own frame may come
            // after the refund was made, showing either; the refund's frame is the one that counts.
            JsonNode refunded = live.until(frame -> frame.path("change").asText().equals("payment")
                    && frame.at("/order/refunded").asLong() > 0).getLast();
            assertThat(refunded.at("/order/refunded").asLong()).isEqualTo(100);

            JsonNode scheduled = placeOrder(scheduledForTheFirstFreeSlot());
            var busy = http.patch("/api/v1/restaurants/" + RESTAURANT + "/settings", HttpJson.json(Map.of(
                    "busyExtraMinutes", 120, "busyUntil", Instant.now().plus(Duration.ofHours(1)).toString())), boss);
            assertThat(busy.status()).as(busy.body()).isEqualTo(200);
            JsonNode due = live.until(frame -> frame.path("change").asText().equals("due")).getLast();
            assertThat(due.at("/order/id").asText()).isEqualTo(scheduled.get("id").asText());
            assertThat(due.get("type").asText()).isEqualTo("order.updated");
        }
    }

    // About 35 KB as JSON: a hundred of them are more than the sockets' buffers on both sides hold.
    private static Map<String, Object> aLongOrder() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(Map.of("menuItemId", CheckoutFlowContract.LEMONADE, "quantity", 1,
                    "optionIds", List.of(CheckoutFlowContract.LARGE), "note", ("line " + i + " ").repeat(50)));
        }
        Map<String, Object> cart = new LinkedHashMap<>(CheckoutFlowContract.cart());
        cart.put("lines", lines);
        return cart;
    }

    private Map<String, Object> scheduledForTheFirstFreeSlot() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String start = List.of(today, today.plusDays(1)).stream()
                .flatMap(date -> StreamSupport.stream(http.get("/api/v1/restaurants/" + RESTAURANT + "/slots?date=" + date)
                        .json().get("slots").spliterator(), false))
                .filter(slot -> slot.get("available").asBoolean())
                .map(slot -> slot.get("start").asText())
                .findFirst().orElseThrow();
        Map<String, Object> cart = new LinkedHashMap<>(CheckoutFlowContract.cart());
        cart.put("scheduledFor", start);
        return cart;
    }
}
