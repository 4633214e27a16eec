package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running the pass against the whole server: the board, moves one at a time and in bulk,
 * {@code If-Match}, two people moving one order at once, delays, and the guest's cancel.
 */
abstract class PassFlowContract extends SignedInFlow {

    private static final String BOARD = "/api/v1/restaurants/" + RESTAURANT + "/orders";

    private JsonNode board(Map<String, String> as, String query) {
        var response = http.get(BOARD + query, as);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aCook_takesAnOrderFromTheBoardToCompleted() {
        Map<String, String> cook = newCook();
        String id = placeOrder().get("id").asText();

        JsonNode waiting = board(cook, "?status=PLACED");
        assertThat(waiting.get("items")).extracting(order -> order.get("id").asText()).containsExactly(id);

        var accepted = move(id, cook, "ACCEPTED", Map.of("prepMinutes", 12));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.header("ETag")).isEqualTo("\"" + accepted.json().get("version").asLong() + "\"");
        Instant acceptedAt = Instant.parse(accepted.json().get("acceptedAt").asText());
        assertThat(Instant.parse(accepted.json().get("estimatedReadyAt").asText()))
                .isEqualTo(acceptedAt.plus(Duration.ofMinutes(12)));
        assertThat(move(id, cook, "PREPARING").status()).isEqualTo(200);
        assertThat(move(id, cook, "READY").status()).isEqualTo(200);
        var completed = move(id, cook, "COMPLETED");

        assertThat(completed.status()).isEqualTo(200);
        JsonNode order = completed.json();
        assertThat(order.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(order.get("history")).extracting(entry -> entry.get("to").asText())
                .containsExactly("PLACED", "ACCEPTED", "PREPARING", "READY", "COMPLETED");
        assertThat(order.at("/history/1/actor/type").asText()).isEqualTo("STAFF");
        assertThat(board(cook, "?status=PLACED,ACCEPTED,PREPARING,READY").get("items")).isEmpty();
    }

    @Test
    void theTransitionTable_holdsOverHttp() {
        Map<String, String> cook = newCook();
        Map<String, String> boss = manager();
        String pickup = placeOrder().get("id").asText();

        assertThat(move(pickup, cook, "READY").json().get("type").asText()).isEqualTo("/problems/invalid-transition");
        var noReason = move(pickup, cook, "REJECTED");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("reason");
        move(pickup, cook, "ACCEPTED");
        move(pickup, cook, "PREPARING");
        var staffCancel = move(pickup, cook, "CANCELLED", Map.of("reason", "burnt"));
        assertThat(staffCancel.status()).isEqualTo(403);
        assertThat(staffCancel.json().get("type").asText()).isEqualTo("/problems/forbidden-transition");
        move(pickup, cook, "READY");
        assertThat(move(pickup, cook, "OUT_FOR_DELIVERY").status()).as("not for pickups").isEqualTo(409);
        var managerCancel = move(pickup, boss, "CANCELLED", Map.of("reason", "burnt"));
        assertThat(managerCancel.status()).as(managerCancel.body()).isEqualTo(200);
        assertThat(move(pickup, boss, "PLACED").status()).as("a final status never moves").isEqualTo(409);

        String delivery = placeOrder(deliveryCart()).get("id").asText();
        for (String to : List.of("ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY", "COMPLETED")) {
            assertThat(move(delivery, cook, to).status()).as("delivery to " + to).isEqualTo(200);
        }
        String rejected = placeOrder().get("id").asText();
        assertThat(move(rejected, cook, "REJECTED", Map.of("reason", "out of buns")).json().get("status").asText())
                .isEqualTo("REJECTED");
    }

    @Test
    void aBulkMove_movesWhatItCan_andSaysWhyNotForTheRest() {
        Map<String, String> cook = newCook();
        String first = placeOrder().get("id").asText();
        String second = placeOrder().get("id").asText();
        String already = placeOrder().get("id").asText();
        move(already, cook, "ACCEPTED");
        String unknown = "01936b2a-4c00-7000-8000-00000000dead";

        var response = http.post(BOARD + "/bulk-transitions", HttpJson.json(Map.of(
                "orderIds", List.of(first, already, unknown, second), "to", "ACCEPTED", "prepMinutes", 20)), cook);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).extracting(result -> result.get("ok").asBoolean()).containsExactly(true, false, false, true);
        assertThat(results.get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(1).at("/error/type").asText()).isEqualTo("/problems/invalid-transition");
        assertThat(results.get(1).at("/error/status").asInt()).isEqualTo(409);
        assertThat(results.get(2).at("/error/type").asText()).isEqualTo("/problems/not-found");
        assertThat(board(cook, "?status=ACCEPTED").get("items")).hasSize(3);
    }

    @Test
    void aStaleIfMatch_is412_andChangesNothing() {
        Map<String, String> cook = newCook();
        String id = placeOrder().get("id").asText();
        var accepted = move(id, with(cook, "If-Match", "\"0\""), "ACCEPTED");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        var stale = move(id, with(cook, "If-Match", "\"0\""), "PREPARING");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asText()).isEqualTo("/problems/precondition-failed");
        var current = http.get("/api/v1/orders/" + id, cook);
        assertThat(current.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(move(id, with(cook, "If-Match", current.header("ETag")), "PREPARING").status()).isEqualTo(200);
    }

    @Test
    void twoPeopleMovingOneOrderAtOnce_oneWins_theOtherIsTold() throws Exception {
        Map<String, String> cook = newCook();
        Map<String, String> boss = manager();
        for (int round = 0; round < 3; round++) {
            String id = placeOrder().get("id").asText();
            assertThat(move(id, cook, "ACCEPTED").status()).isEqualTo(200);

            List<HttpJson.Response> answers = atOnce(
                    () -> move(id, cook, "PREPARING"),
                    () -> move(id, boss, "PREPARING"));

            assertOneWinner(answers);
            assertThat(http.get("/api/v1/orders/" + id, cook).json().get("history"))
                    .extracting(entry -> entry.get("to").asText()).containsExactly("PLACED", "ACCEPTED", "PREPARING");
        }
    }

    @Test
    void twoPeopleAcceptingOneOrderAtOnce_oneWins_theOtherIsTold() throws Exception {
        Map<String, String> cook = newCook();
        Map<String, String> boss = manager();
        for (int round = 0; round < 3; round++) {
            String id = placeOrder().get("id").asText();

            List<HttpJson.Response> answers = atOnce(
                    () -> move(id, cook, "ACCEPTED", Map.of("prepMinutes", 10)),
                    () -> move(id, boss, "ACCEPTED", Map.of("prepMinutes", 25)));

            assertOneWinner(answers);
            JsonNode order = http.get("/api/v1/orders/" + id, cook).json();
            assertThat(order.get("history")).extracting(entry -> entry.get("to").asText())
                    .containsExactly("PLACED", "ACCEPTED");
            assertThat(order.get("paymentStatus").asText()).as("captured once").isEqualTo("CAPTURED");
        }
    }

    private static void assertOneWinner(List<HttpJson.Response> answers) {
        assertThat(answers).extracting(HttpJson.Response::status).containsExactlyInAnyOrder(200, 409);
        HttpJson.Response loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.json().get("type").asText()).isIn("/problems/stale-version", "/problems/invalid-transition");
    }

    @Test
    void theBoard_filtersSearchesAndPagesWithoutLosingOrRepeatingAnOrder() {
        Map<String, String> cook = newCook();
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            all.add(placeOrder().get("id").asText());
        }
        String delivered = placeOrder(deliveryCart()).get("id").asText();
        all.add(delivered);
        move(delivered, cook, "ACCEPTED");

        assertThat(board(cook, "?status=PLACED").get("items")).hasSize(5);
        assertThat(board(cook, "?fulfillment=DELIVERY").get("items")).extracting(o -> o.get("id").asText())
                .containsExactly(delivered);
        assertThat(board(cook, "?q=%236").get("items")).extracting(o -> o.get("number").asLong()).containsExactly(6L);
        assertThat(board(cook, "?q=harbour%20BURGER").get("items")).hasSize(6);
        assertThat(board(cook, "?q=nobody").get("items")).isEmpty();

        for (String sort : List.of("placedAt", "-placedAt")) {
            List<String> seen = new ArrayList<>();
            List<Instant> times = new ArrayList<>();
            String query = "?limit=4&sort=" + sort;
            JsonNode page = board(cook, query);
            while (true) {
                page.get("items").forEach(order -> {
                    seen.add(order.get("id").asText());
                    times.add(Instant.parse(order.get("placedAt").asText()));
                });
                if (page.get("nextCursor").isNull()) {
                    break;
                }
                page = board(cook, query + "&cursor=" + page.get("nextCursor").asText());
            }
            assertThat(seen).hasSize(6).containsExactlyInAnyOrderElementsOf(all);
            assertThat(times).isSortedAccordingTo(sort.startsWith("-") ? Comparator.reverseOrder()
                    : Comparator.naturalOrder());
        }

        var bad = http.get(BOARD + "?status=LOST", cook);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(http.get(BOARD + "?cursor=forged", cook).status()).isEqualTo(400);

        Instant firstPlaced = Instant.parse(board(cook, "?sort=placedAt&limit=1").at("/items/0/placedAt").asText());
        assertThat(board(cook, "?to=" + firstPlaced).get("items")).isEmpty();
        assertThat(board(cook, "?from=" + firstPlaced).get("items")).hasSize(6);
    }

    @Test
    void aDelay_movesThePromise_andTheOrderShowsIt() {
        Map<String, String> cook = newCook();
        String id = placeOrder().get("id").asText();
        JsonNode accepted = move(id, cook, "ACCEPTED", Map.of("prepMinutes", 15)).json();

        var delayed = http.post("/api/v1/orders/" + id + "/delay",
                HttpJson.json(Map.of("minutes", 20, "reason", "the fryer is down")), cook);

        assertThat(delayed.status()).as(delayed.body()).isEqualTo(200);
        assertThat(Instant.parse(delayed.json().get("estimatedReadyAt").asText()))
                .isEqualTo(Instant.parse(accepted.get("estimatedReadyAt").asText()).plus(Duration.ofMinutes(20)));
        assertThat(http.post("/api/v1/orders/" + id + "/delay", HttpJson.json(Map.of("minutes", 121)), cook).status())
                .isEqualTo(422);
        String placed = placeOrder().get("id").asText();
        assertThat(http.post("/api/v1/orders/" + placed + "/delay", HttpJson.json(Map.of("minutes", 10)), cook).status())
                .as("only accepted or preparing orders").isEqualTo(409);
    }

    @Test
    void theGuest_cancelsWhilePlaced_andNotAfter() {
        Map<String, String> cook = newCook();
        JsonNode mine = placeOrder();
        Map<String, String> token = Map.of("X-Order-Token", mine.get("accessToken").asText());
        String cancel = "/api/v1/orders/" + mine.get("id").asText() + "/cancel";

        var cancelled = http.post(cancel, HttpJson.json(Map.of("reason", "ordered twice")), token);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/history/1/reason").asText()).isEqualTo("ordered twice");

        JsonNode other = placeOrder();
        move(other.get("id").asText(), cook, "ACCEPTED");
        var tooLate = http.post("/api/v1/orders/" + other.get("id").asText() + "/cancel", "{}",
                Map.of("X-Order-Token", other.get("accessToken").asText()));
        assertThat(tooLate.status()).isEqualTo(403);
        assertThat(http.post(cancel, "{}", Map.of("X-Order-Token", "not-it")).status()).isEqualTo(404);
    }

    @SafeVarargs
    private static List<HttpJson.Response> atOnce(Callable<HttpJson.Response>... requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        try (ExecutorService pool = Executors.newFixedThreadPool(requests.length)) {
            List<Future<HttpJson.Response>> futures = new ArrayList<>();
            for (Callable<HttpJson.Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return request.call();
                }));
            }
            List<HttpJson.Response> answers = new ArrayList<>();
            for (Future<HttpJson.Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        }
    }
}
