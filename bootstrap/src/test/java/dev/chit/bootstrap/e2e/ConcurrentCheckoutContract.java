package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guests (or one guest's impatient client) checking out at the same moment against the whole
 * server: one key sent twenty times places one order, twenty keys place twenty orders numbered
 * without gaps or duplicates. Run on H2 and on PostgreSQL, whose locking differs.
 */
abstract class ConcurrentCheckoutContract extends SignedInFlow {

    private static final int GUESTS = 20;
    private static final String ORDERS = "/api/v1/orders";
    private static final String BOARD = "/api/v1/restaurants/" + RESTAURANT + "/orders";

    @Test
    void twentyIdenticalCheckoutsUnderOneKeyAtOnce_placeOneOrder_andAnswerAlike() throws Exception {
        String key = "at-once-" + UUID.randomUUID();
        String body = CheckoutFlowContract.order(CheckoutFlowContract.cart());

        List<HttpJson.Response> responses = atOnce(guest -> http.post(ORDERS, body, Map.of("Idempotency-Key", key)));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isIn(201, 409));
        List<HttpJson.Response> placed = responses.stream()
                .filter(response -> response.status() == 201 && response.header("Idempotent-Replayed") == null).toList();
        assertThat(placed).as("responses that placed an order").hasSize(1);
        byte[] first = placed.getFirst().bytes();
        assertThat(responses).filteredOn(response -> response.status() == 201).allSatisfy(response ->
                assertThat(response.bytes()).as("a 201 answers the first order's bytes").isEqualTo(first));
        assertThat(responses).filteredOn(response -> response.status() == 201 && response != placed.getFirst())
                .allSatisfy(replay -> assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true"));
        assertThat(responses).filteredOn(response -> response.status() == 409).allSatisfy(busy -> {
            assertThat(busy.json().get("type").asText()).isEqualTo("/problems/request-in-progress");
            assertThat(busy.header("Retry-After")).isNotBlank();
        });

        var later = http.post(ORDERS, body, Map.of("Idempotency-Key", key));
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(later.bytes()).isEqualTo(first);
        assertThat(orderNumbersOnTheBoard()).containsExactly(1L);
        assertThat(placeOrder().get("number").asLong()).isEqualTo(2);
    }

    @Test
    void twentyCheckoutsUnderTwentyKeysAtOnce_areNumberedOneToTwenty_withoutGapsOrDuplicates() throws Exception {
        String body = CheckoutFlowContract.order(CheckoutFlowContract.cart());

        List<HttpJson.Response> responses = atOnce(guest ->
                http.post(ORDERS, body, Map.of("Idempotency-Key", "guest-" + guest + "-" + UUID.randomUUID())));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(201));
        long[] oneToTwenty = LongStream.rangeClosed(1, GUESTS).toArray();
        assertThat(responses).extracting(response -> response.json().get("number").asLong())
                .containsExactlyInAnyOrder(LongStream.of(oneToTwenty).boxed().toArray(Long[]::new));
        assertThat(responses).extracting(response -> response.json().get("id").asText()).doesNotHaveDuplicates();
        assertThat(orderNumbersOnTheBoard()).containsExactlyInAnyOrder(LongStream.of(oneToTwenty).boxed().toArray(Long[]::new));
    }

    /** Sends {@link #GUESTS} requests released together by one latch, each on its own thread. */
    private static List<HttpJson.Response> atOnce(IntFunction<HttpJson.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService guests = Executors.newFixedThreadPool(GUESTS)) {
            List<Future<HttpJson.Response>> sent = new ArrayList<>();
            for (int guest = 0; guest < GUESTS; guest++) {
                int number = guest;
                sent.add(guests.submit(() -> {
                    start.await();
                    return request.apply(number);
                }));
            }
            start.countDown();
            List<HttpJson.Response> responses = new ArrayList<>();
            for (Future<HttpJson.Response> response : sent) {
                responses.add(response.get(60, TimeUnit.SECONDS));
            }
            return responses;
        }
    }

    /** What the demo manager sees on the board: every order's number. */
    private List<Long> orderNumbersOnTheBoard() {
        var board = http.get(BOARD + "?limit=200", manager());
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        assertThat(board.json().get("nextCursor").isNull()).isTrue();
        List<Long> numbers = new ArrayList<>();
        for (JsonNode order : board.json().get("items")) {
            numbers.add(order.get("number").asLong());
        }
        return numbers;
    }
}
