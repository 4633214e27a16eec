package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.events.PostgresOrderEventSignals;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.web.problem.ProblemMapping;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * PostgreSQL restarted under a dinner rush, as the server sees it: every connection dropped at
 * once and new ones refused for a few seconds (a {@link TcpProxy} between Chit and the shared
 * server, which is never restarted itself), then every session of the database killed at once.
 * While the database is away the server says so on {@code /observe/health} and answers 503 with
 * {@code Retry-After}, never a 500 nor a hang; it recovers by itself; no order that got a 201 is
 * lost or placed twice; live sockets opened meanwhile are refused at their handshake with the
 * same 503, and a board resuming meanwhile is closed with 1013 (try again later); and a board that stayed open, and one that resumes from before the outage, see every change
 * in {@code seq} order, the listening connection having come back.
 */
class PostgresDatabaseRestartTest extends SignedInFlow {

    private static final String BOARD = "/ws/restaurants/" + RESTAURANT + "/orders";
    // Short, so that requests fail fast while the database is away: what the setting is for.
    private static final Duration POOL_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final List<TcpProxy> PROXIES = new CopyOnWriteArrayList<>();
    private static final int TRY_AGAIN_LATER = 1013;

    private TcpProxy proxy;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    ChitSettings configure(ChitSettings defaults) {
        URI direct = URI.create(defaults.database().jdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.to(direct.getHost(), direct.getPort() < 0 ? 5432 : direct.getPort());
        PROXIES.add(proxy);
        String through = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getRawPath()
                + (direct.getRawQuery() == null ? "" : "?" + direct.getRawQuery());
        return defaults.withDatabase(defaults.database().withUrl(through).withPoolTimeout(POOL_TIMEOUT));
    }

    // After every server of the class is stopped: a proxy closed under a running server would be an outage.
    @AfterAll
    static void closeProxies() {
        PROXIES.forEach(TcpProxy::close);
    }

    @Test
    void aRestartUnderLoad_is503sAndDownWhileAway_thenRecovers_losingNoOrderAndNoEvent() throws Exception {
        Map<String, String> cook = newCook();
        String token = LiveUpdatesContract.token(cook);
        List<DinnerRush.Answer> answers;
        List<DinnerRush.Placed> placed;
        try (LiveClient board = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token);
             LiveClient resuming = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token)) {
            long start = board.next("snapshot").get("seq").asLong();
            try (DinnerRush rush = DinnerRush.start(chit().baseUri(), cook, 4, 2, PATIENCE)) {
                rush.awaitMorePlaced(5, Duration.ofSeconds(30));

                proxy.cut();
                awaitHealth(503, "DOWN");
                rush.awaitMoreAnswers(DinnerRush.Answer::isUnavailable, 3, "503s", Duration.ofSeconds(20));
                DinnerRush.Placed before = rush.placed().getFirst();
                assertUnavailable(http.get("/api/v1/orders/" + before.id(), Map.of("X-Order-Token", before.accessToken())));
                // Sockets opened meanwhile: their handshake (which checks the credentials) is the same 503.
                assertHandshakeUnavailable(BOARD + "?token=" + token);
                assertHandshakeUnavailable("/ws/orders/" + before.id() + "?token=" + before.accessToken());
                // A board asking to resume meanwhile cannot be brought up to date: try again later.
                resuming.send("{\"type\":\"resume\",\"afterSeq\":" + start + "}");
                assertThat(resuming.closeCode()).isEqualTo(TRY_AGAIN_LATER);
                Thread.sleep(OUTAGE);
                proxy.restore();
                awaitHealth(200, "UP");
                rush.awaitMorePlaced(5, Duration.ofSeconds(30));

                // The other shape of a restart: every session killed at once, the listener's among them.
                awaitListening();
                assertThat(terminateEverySession()).as("sessions killed").isGreaterThanOrEqualTo(2);
                rush.awaitMorePlaced(5, Duration.ofSeconds(30));
                awaitListening();
                rush.awaitMorePlaced(3, Duration.ofSeconds(30));
                answers = rush.answers();
                placed = rush.placed();
                // Stopping lets requests under way finish; their changes are in the log too.
            }
            long last = lastSeq(token);

            assertAnswersWhileAway(answers);
            assertEveryPlacedOrderStoredOnce(placed);

            List<JsonNode> seen = board.until(frame -> frame.get("seq").asLong() == last);
            assertThat(seqs(seen)).as("the board that stayed open").isEqualTo(range(start, last));
            assertThat(orderIds(seen)).containsAll(ids(placed));
            try (LiveClient resumed = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token + "&afterSeq=" + start)) {
                List<JsonNode> replayed = resumed.until(frame -> frame.get("seq").asLong() == last);
                assertThat(replayed).noneSatisfy(frame -> assertThat(frame.get("type").asText()).isEqualTo("snapshot"));
                assertThat(seqs(replayed)).as("a board resuming from before the outage").isEqualTo(range(start, last));
            }
        }
        assertThat(listenerReconnects()).as("the listening connection was lost and made again, twice")
                .isGreaterThanOrEqualTo(2);
    }

    private static void assertAnswersWhileAway(List<DinnerRush.Answer> answers) {
        assertThat(answers).as("no request hung or went unanswered").noneMatch(DinnerRush.Answer::isUnanswered);
        assertThat(answers).as("no 5xx but the 503 of a database away")
                .noneMatch(answer -> answer.status() >= 500 && answer.status() != 503);
        assertThat(answers).filteredOn(DinnerRush.Answer::isUnavailable).isNotEmpty()
                .allSatisfy(PostgresDatabaseRestartTest::assertUnavailable);
        // A checkout whose claim the outage cut short is "in progress" until it is abandoned; a
        // move retried after its answer was lost finds the order moved already.
        assertThat(answers).filteredOn(answer -> answer.status() >= 400 && answer.status() < 500)
                .allSatisfy(refused -> assertThat(refused.problemType()).as(refused.toString())
                        .get().isIn("/problems/request-in-progress", "/problems/invalid-transition"));
        assertThat(answers).filteredOn(answer -> answer.request().startsWith("POST /api/v1/orders"))
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 409, 503));
    }

    private void assertHandshakeUnavailable(String path) {
        assertThatThrownBy(() -> LiveClient.open(chit().baseUri(), path))
                .as(path).cause().isInstanceOfSatisfying(WebSocketHandshakeException.class, refused -> {
                    assertThat(refused.getResponse().statusCode()).isEqualTo(503);
                    assertThat(refused.getResponse().headers().firstValue("Retry-After"))
                            .contains(Integer.toString(ProblemMapping.DATABASE_RETRY_AFTER_SECONDS));
                });
    }

    private static void assertUnavailable(DinnerRush.Answer answer) {
        assertThat(answer.problemType()).as(answer.toString()).contains("/problems/temporarily-unavailable");
        assertThat(answer.retryAfter()).as(answer.toString())
                .contains(Integer.toString(ProblemMapping.DATABASE_RETRY_AFTER_SECONDS));
    }

    private static void assertUnavailable(HttpJson.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/temporarily-unavailable");
        assertThat(response.header("Retry-After")).isEqualTo(Integer.toString(ProblemMapping.DATABASE_RETRY_AFTER_SECONDS));
        assertThat(response.body()).doesNotContain("SQL", "Exception", "127.0.0.1", "postgresql");
    }

    private void assertEveryPlacedOrderStoredOnce(List<DinnerRush.Placed> placed) throws SQLException {
        assertThat(placed).as("orders placed").hasSizeGreaterThanOrEqualTo(18);
        Map<String, String> stored = new HashMap<>();
        List<String> placedTwice = new ArrayList<>();
        Map<String, Integer> authorizations = new HashMap<>();
        try (Connection direct = connectDirectly(); Statement statement = direct.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, customer_name FROM orders")) {
                while (rows.next()) {
                    stored.put(rows.getString("id"), rows.getString("customer_name"));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT customer_name FROM orders GROUP BY customer_name HAVING count(*) > 1")) {
                while (rows.next()) {
                    placedTwice.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT order_id, count(*) AS granted FROM payment_operations"
                    + " WHERE kind = 'AUTHORIZE' AND state = 'SUCCEEDED' GROUP BY order_id")) {
                while (rows.next()) {
                    authorizations.put(rows.getString("order_id"), rows.getInt("granted"));
                }
            }
        }
        assertThat(placedTwice).as("keys that placed two orders").isEmpty();
        for (DinnerRush.Placed order : placed) {
            assertThat(stored).as("order %s answered 201", order.id())
                    .containsEntry(order.id(), "Guest " + order.idempotencyKey());
            assertThat(authorizations).as("the card of order %s authorized once", order.id())
                    .containsEntry(order.id(), 1);
        }
    }

    private void awaitHealth(int status, String says) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpJson.Response health;
        do {
            health = http.get("/observe/health");
            if (health.status() == status) {
                assertThat(health.json().get("status").asText()).as(health.body()).isEqualTo(says);
                assertThat(health.json().get("checks")).as(health.body()).anySatisfy(check -> {
                    assertThat(check.get("name").asText()).isEqualTo("database");
                    assertThat(check.get("status").asText()).isEqualTo(says);
                });
                return;
            }
            pause();
        } while (System.nanoTime() < deadline);
        fail("/observe/health did not answer " + status + " within 30 s; last: " + health.status() + " " + health.body());
    }

    // The listener reconnects with a backoff of its own; the pool may be back before it is.
    private void awaitListening() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (listeners() == 0) {
            if (System.nanoTime() > deadline) {
                fail("the live listener did not connect again within 30 s");
            }
            pause();
        }
    }

    private int listeners() throws SQLException {
        try (Connection direct = connectDirectly(); Statement statement = direct.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND application_name = '"
                     + PostgresOrderEventSignals.APPLICATION_NAME + "'")) {
            count.next();
            return count.getInt(1);
        }
    }

    // What an administrator's pg_terminate_backend, or a crash of PostgreSQL, does to Chit's sessions.
    private int terminateEverySession() throws SQLException {
        try (Connection direct = connectDirectly(); Statement statement = direct.createStatement();
             ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid) AS killed"
                     + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            int count = 0;
            while (killed.next()) {
                count += killed.getBoolean("killed") ? 1 : 0;
            }
            return count;
        }
    }

    private Connection connectDirectly() throws SQLException {
        var settings = testDatabase().settings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(), settings.password());
    }

    private long lastSeq(String token) {
        try (LiveClient fresh = LiveClient.open(chit().baseUri(), BOARD + "?token=" + token)) {
            return fresh.next("snapshot").get("seq").asLong();
        }
    }

    private double listenerReconnects() {
        String metrics = http.get("/observe/metrics", Map.of("Accept", "text/plain")).body();
        return metrics.lines()
                .filter(line -> line.startsWith("chit_live_listener_reconnects"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chit_live_listener_reconnects in\n" + metrics));
    }

    private static List<Long> seqs(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.get("seq").asLong()).toList();
    }

    private static Set<String> orderIds(List<JsonNode> frames) {
        Set<String> ids = new HashSet<>();
        frames.forEach(frame -> ids.add(frame.at("/order/id").asText()));
        return ids;
    }

    private static List<String> ids(List<DinnerRush.Placed> placed) {
        return placed.stream().map(DinnerRush.Placed::id).toList();
    }

    private static List<Long> range(long after, long last) {
        return LongStream.rangeClosed(after + 1, last).boxed().toList();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
