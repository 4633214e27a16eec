package dev.chit.benchmarks.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.benchmarks.JsonCalls;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live board under load, against a running Chit server: {@code restaurants} restaurants
 * (made through the API), {@code clients} WebSocket clients spread over their boards, and
 * checkouts over HTTP at a fixed {@code rate} per second for {@code seconds}. For each
 * {@code order.created} frame a client receives it records the time from the order's
 * {@code placedAt} (stamped by the server just before the order's transaction commits) to the
 * frame's arrival: the lag from commit to client, a little over-stated by the commit itself.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar:benchmarks/target/libs/* \
 *     dev.chit.benchmarks.live.LiveBoardLoad http://localhost:18090 admin@bench.local 'password' 100 1000 100 60}</pre>
 *
 * (see {@code benchmarks/live-board.sh}, which starts the server on a fresh PostgreSQL database).
 */
public final class LiveBoardLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong failedCheckouts = new AtomicLong();
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();

    private LiveBoardLoad(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: LiveBoardLoad <baseUrl> <adminEmail> <adminPassword> <restaurants> <clients>"
                    + " <ordersPerSecond> <seconds>");
            System.exit(2);
        }
        var load = new LiveBoardLoad(URI.create(args[0]));
        load.run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                Integer.parseInt(args[6]));
        System.exit(0);
    }

    private record Kitchen(String restaurantId, String itemId) {
    }

    private void run(String email, String password, int restaurantCount, int clientCount, int rate, int seconds)
            throws Exception {
        String token = post("/api/v1/auth/login", Map.of("email", email, "password", password), Map.of())
                .get("token").asText();
        Map<String, String> admin = Map.of("Authorization", "Bearer " + token);
        List<Kitchen> kitchens = new ArrayList<>();
        for (int i = 0; i < restaurantCount; i++) {
            kitchens.add(openKitchen(admin, i));
        }
        System.out.printf("restaurants=%d ready%n", kitchens.size());

        List<WebSocket> sockets = new ArrayList<>();
        CountDownLatch snapshots = new CountDownLatch(clientCount);
        for (int i = 0; i < clientCount; i++) {
            Kitchen kitchen = kitchens.get(i % kitchens.size());
            URI uri = URI.create("ws://" + base.getAuthority() + "/ws/restaurants/" + kitchen.restaurantId()
                    + "/orders?token=" + token);
            sockets.add(http.newWebSocketBuilder().buildAsync(uri, new Board(snapshots)).join());
        }
        if (!snapshots.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every client got its snapshot: " + snapshots.getCount() + " missing");
        }
        System.out.printf("clients=%d connected%n", sockets.size());

        // Warm-up: a few seconds at the same rate, not measured.
        drive(kitchens, rate, 10);
        latenciesMicros.clear();
        frames.set(0);
        long started = System.nanoTime();
        drive(kitchens, rate, seconds);
        Thread.sleep(2000);
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(clientCount, restaurantCount, rate, seconds, elapsed);
        sockets.forEach(WebSocket::abort);
    }

    private Kitchen openKitchen(Map<String, String> admin, int index) {
        JsonNode restaurant = post("/api/v1/restaurants", Map.of("name", "Bench " + index, "currency", "USD",
                "timezone", "America/New_York", "taxRateBasisPoints", 887), admin);
        String id = restaurant.get("id").asText();
        send("PUT", "/api/v1/restaurants/" + id + "/menu", Map.of("categories", List.of(Map.of("name", "Mains",
                "items", List.of(Map.of("name", "Burger", "price", 1500))))), admin);
        JsonNode menu = send("GET", "/api/v1/restaurants/" + id + "/menu", null, Map.of());
        return new Kitchen(id, menu.at("/categories/0/items/0/id").asText());
    }

    private void drive(List<Kitchen> kitchens, int rate, int seconds) throws InterruptedException {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        var orders = Executors.newVirtualThreadPerTaskExecutor();
        AtomicLong next = new AtomicLong();
        long periodMicros = 1_000_000L / rate;
        ticks.scheduleAtFixedRate(() -> {
            Kitchen kitchen = kitchens.get((int) (next.getAndIncrement() % kitchens.size()));
            orders.submit(() -> checkout(kitchen));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        ticks.shutdownNow();
        orders.shutdown();
        orders.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void checkout(Kitchen kitchen) {
        try {
            send("POST", "/api/v1/orders", Map.of("restaurantId", kitchen.restaurantId(),
                    "customer", Map.of("name", "Load Guest", "email", "guest@example.com"),
                    "lines", List.of(Map.of("menuItemId", kitchen.itemId(), "quantity", 1)),
                    "fulfillment", Map.of("type", "PICKUP"),
                    "payment", Map.of("method", "card", "token", "tok_visa")),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            placed.incrementAndGet();
        } catch (RuntimeException failed) {
            failedCheckouts.incrementAndGet();
        }
    }

    private void report(int clients, int restaurants, int rate, int seconds, double elapsed) {
        long[] sorted = latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nlive board load: %d clients on %d boards, %d checkouts/s for %d s%n", clients, restaurants,
                rate, seconds);
        System.out.printf("  orders placed %d, failed %d; frames received %d (%.0f/s); seq gaps seen %d%n",
                placed.get(), failedCheckouts.get(), frames.get(), frames.get() / elapsed, gaps.get());
        if (sorted.length == 0) {
            System.out.println("  no order.created frames measured");
            return;
        }
        System.out.printf("  commit -> client (order.created, %d samples): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.length, percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private JsonNode post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    private JsonNode send(String method, String path, Object body, Map<String, String> headers) {
        return JsonCalls.send(http, base, method, path, body, headers);
    }

    /** One board client: counts frames, checks seqs have no gap, measures order.created's lag. */
    private final class Board implements WebSocket.Listener {

        private final CountDownLatch snapshots;
        private final StringBuilder partial = new StringBuilder();
        private long lastSeq = -1;

        Board(CountDownLatch snapshots) {
            this.snapshots = snapshots;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Instant now = Instant.now();
                long arrived = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
                received(partial.toString(), arrived);
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        private void received(String text, long arrivedMicros) {
            try {
                JsonNode frame = JSON.readTree(text);
                long seq = frame.path("seq").asLong();
                if (frame.get("type").asText().equals("snapshot")) {
                    lastSeq = seq;
                    snapshots.countDown();
                    return;
                }
                frames.incrementAndGet();
                if (lastSeq >= 0 && seq != lastSeq + 1) {
                    gaps.incrementAndGet();
                }
                lastSeq = seq;
                if (frame.get("type").asText().equals("order.created")) {
                    Instant placedAt = Instant.parse(frame.at("/order/placedAt").asText());
                    long placedMicros = placedAt.getEpochSecond() * 1_000_000 + placedAt.getNano() / 1000;
                    latenciesMicros.add(Math.max(0, arrivedMicros - placedMicros));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            System.err.println("a board was closed: " + statusCode + " " + reason);
            return CompletableFuture.completedFuture(null);
        }
    }
}
