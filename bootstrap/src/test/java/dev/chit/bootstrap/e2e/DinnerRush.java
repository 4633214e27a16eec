package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.fail;

/**
 * A dinner rush against a running server, from real HTTP clients: guests check out (card, one
 * {@code Idempotency-Key} per order, retried under the same key while the server cannot answer
 * or says 503) and cooks move each placed order to READY. Every answer is kept for the test to
 * judge; nothing here decides what is right.
 */
final class DinnerRush implements AutoCloseable {

    /** What one request got: a status, or none ({@code -1}) when the server could not be reached. */
    record Answer(String request, int status, Optional<String> problemType, Optional<String> retryAfter,
                  boolean replayed, String body) {

        boolean isUnavailable() {
            return status == 503;
        }

        boolean isUnanswered() {
            return status < 0;
        }
    }

    /**
     * An order the server answered 201 for.
     *
     * @param answeredAt {@link System#nanoTime()} when the 201 arrived
     * @param replayed   whether it was the stored answer of an earlier try ({@code Idempotent-Replayed})
     */
    record Placed(String idempotencyKey, String id, String accessToken, long answeredAt, boolean replayed) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> KITCHEN_MOVES = List.of("ACCEPTED", "PREPARING", "READY");
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final URI base;
    private final Map<String, String> cook;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration patience;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<Placed> placed = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Long>> moved = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<String> toCook = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    private DinnerRush(URI base, Map<String, String> cook, Duration patience) {
        this.base = base;
        this.cook = cook;
        this.patience = patience;
    }

    /**
     * Starts {@code guests} guests and {@code cooks} cooks.
     *
     * @param patience how long one request may take before it counts as unanswered (a hang)
     */
    static DinnerRush start(URI base, Map<String, String> cook, int guests, int cooks, Duration patience) {
        DinnerRush rush = new DinnerRush(base, cook, patience);
        for (int i = 0; i < guests; i++) {
            rush.workers.add(Thread.ofVirtual().name("rush-guest-" + i).start(rush::checkOutUntilStopped));
        }
        for (int i = 0; i < cooks; i++) {
            rush.workers.add(Thread.ofVirtual().name("rush-cook-" + i).start(rush::cookUntilStopped));
        }
        return rush;
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    /** The moves each order got a 200 for, each with the {@link System#nanoTime()} it arrived. */
    Map<String, Map<String, Long>> moved() {
        return Map.copyOf(moved);
    }

    /** Waits until {@code more} orders beyond those placed now have been placed. */
    void awaitMorePlaced(int more, Duration within) {
        int target = placed.size() + more;
        awaitCount(() -> placed.size() >= target, within, "%d more orders placed".formatted(more));
    }

    /** Waits until {@code count} of the placed orders {@code which} picks got a 200 for ACCEPTED. */
    void awaitAccepted(Predicate<Placed> which, int count, Duration within) {
        awaitCount(() -> placed.stream().filter(which)
                .filter(order -> moved.getOrDefault(order.id(), Map.of()).containsKey("ACCEPTED"))
                .count() >= count, within, count + " of those orders accepted");
    }

    /** Waits until {@code count} answers beyond those seen now match {@code which}. */
    void awaitMoreAnswers(Predicate<Answer> which, int count, String what, Duration within) {
        long target = answers.stream().filter(which).count() + count;
        awaitCount(() -> answers.stream().filter(which).count() >= target, within, count + " more " + what);
    }

    private void awaitCount(BooleanSupplier done, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + within + "; answers so far: " + summary());
            }
            pause(Duration.ofMillis(50));
        }
    }

    /** How many answers of each status, for failure messages. */
    String summary() {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(answer -> byStatus.merge(answer.status(), 1, Integer::sum));
        return byStatus + ", " + placed.size() + " placed";
    }

    /** Stops every guest and cook, letting the request each has under way finish. */
    @Override
    public void close() {
        running.set(false);
        for (Thread worker : workers) {
            try {
                if (!worker.join(patience.multipliedBy(2))) {
                    fail(worker.getName() + " did not stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void checkOutUntilStopped() {
        while (running.get()) {
            String key = "rush-" + UUID.randomUUID();
            String body = checkout(key);
            while (running.get()) {
                Answer answer = send("POST /api/v1/orders", "/api/v1/orders", body, Map.of("Idempotency-Key", key));
                if (answer.status() == 201) {
                    JsonNode order = json(answer.body());
                    placed.add(new Placed(key, order.get("id").asText(), order.get("accessToken").asText(),
                            System.nanoTime(), answer.replayed()));
                    toCook.add(order.get("id").asText());
                    break;
                }
                if (!answer.isUnavailable() && !answer.isUnanswered()) {
                    // A refusal (a claim left by a checkout the outage cut short, say): a new order.
                    break;
                }
                pause(RETRY_PAUSE);
            }
        }
    }

    private void cookUntilStopped() {
        while (running.get()) {
            String id;
            try {
                id = toCook.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (id == null) {
                continue;
            }
            for (String to : KITCHEN_MOVES) {
                Answer answer;
                do {
                    answer = send("POST transitions " + to, "/api/v1/orders/" + id + "/transitions",
                            "{\"to\":\"" + to + "\"}", cook);
                    if (answer.status() == 200) {
                        moved.computeIfAbsent(id, order -> new ConcurrentHashMap<>()).put(to, System.nanoTime());
                    } else if (answer.isUnavailable() || answer.isUnanswered()) {
                        pause(RETRY_PAUSE);
                    }
                } while ((answer.isUnavailable() || answer.isUnanswered()) && running.get());
            }
        }
    }

    private Answer send(String name, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(patience)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        Answer answer;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(name, response.statusCode(), problemType(response),
                    response.headers().firstValue("Retry-After"),
                    response.headers().firstValue("Idempotent-Replayed").isPresent(), response.body());
        } catch (IOException unanswered) {
            answer = new Answer(name, -1, Optional.empty(), Optional.empty(), false, unanswered.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        answers.add(answer);
        return answer;
    }

    private static Optional<String> problemType(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return Optional.empty();
        }
        return Optional.ofNullable(json(response.body()).get("type")).map(JsonNode::asText);
    }

    // The customer's name carries the key, so that a test can tell whether one key placed two orders.
    static String checkout(String key) {
        Map<String, Object> body = new LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("restaurantId", CheckoutFlowContract.RESTAURANT);
        body.put("customer", Map.of("name", "Guest " + key, "email", "guest@example.com", "phone", "+1 555 0100"));
        body.put("payment", Map.of("method", "card", "token", "tok_visa"));
        return HttpJson.json(body);
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
