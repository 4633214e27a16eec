package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A checkout's {@code Idempotency-Key} never strands the guest retrying it: its claim is held
 * under a lease the server renews while the checkout runs (a retry meanwhile is told to wait,
 * even after the lease's first term), is taken over once the lease lapses when the server was
 * killed, and is freed as soon as the database is back when the checkout was cut off by it.
 * Chit runs as a process of its own, to be killed with {@code kill -9}.
 */
class PostgresClaimLeaseTest extends ChitProcessOnPostgres {

    private static final String ORDERS = "/api/v1/orders";
    private static final int LEASE_SECONDS = 3;

    @Test
    void aRunningCheckoutKeepsItsKey_andAKilledServersKeyIsTakenOverOnceItsLeaseLapses(@TempDir Path temp)
            throws Exception {
        String key = "lease-" + UUID.randomUUID();
        String body = DinnerRush.checkout(key);
        Path log = temp.resolve("chit.log");
        // The card network takes longer than two leases: only renewals keep the claim.
        try (ChitProcess slow = ChitProcess.start(database.settings(), 0, log, Map.of("CHIT_DEMO_DATA", "true",
                "CHIT_PAYMENT_SANDBOX_LATENCY_MILLIS", "20000", "CHIT_IDEMPOTENCY_LEASE_SECONDS",
                Integer.toString(LEASE_SECONDS)))) {
            HttpJson guest = new HttpJson(slow.baseUri());
            CompletableFuture<HttpJson.Response> first = CompletableFuture.supplyAsync(
                    () -> guest.post(ORDERS, body, Map.of("Idempotency-Key", key)));
            Instant claimedUntil = awaitOpenClaim(key);
            Thread.sleep(Duration.ofSeconds(LEASE_SECONDS * 2L).toMillis());

            HttpJson.Response meanwhile = guest.post(ORDERS, body, Map.of("Idempotency-Key", key));
            assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(409);
            assertThat(meanwhile.json().get("type").asText()).isEqualTo("/problems/request-in-progress");
            assertThat(openClaim(key).orElseThrow()).as("the lease, renewed").isAfter(claimedUntil);

            slow.kill();
            assertThat(first).failsWithin(Duration.ofSeconds(30));
        }
        try (ChitProcess next = ChitProcess.start(database.settings(), 0, log, Map.of("CHIT_DEMO_DATA", "true",
                "CHIT_IDEMPOTENCY_LEASE_SECONDS", Integer.toString(LEASE_SECONDS)))) {
            HttpJson guest = new HttpJson(next.baseUri());
            HttpJson.Response placed = retryUntilPlaced(guest, key, body, Duration.ofSeconds(LEASE_SECONDS + 10));
            HttpJson.Response replayed = guest.post(ORDERS, body, Map.of("Idempotency-Key", key));

            assertThat(replayed.status()).isEqualTo(201);
            assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replayed.body()).isEqualTo(placed.body());
            assertThat(ordersOf(key)).as("orders placed under the key").isEqualTo(1);
        }
    }

    @Test
    void aCheckoutCutOffByTheDatabase_freesItsKeyAsSoonAsTheDatabaseIsBack_beforeItsLeaseLapses(@TempDir Path temp)
            throws Exception {
        String key = "cut-" + UUID.randomUUID();
        String body = DinnerRush.checkout(key);
        DatabaseSettings direct = database.settings();
        URI url = URI.create(direct.jdbcUrl().substring("jdbc:".length()));
        try (TcpProxy proxy = TcpProxy.to(url.getHost(), url.getPort() < 0 ? 5432 : url.getPort());
             ChitProcess chit = ChitProcess.start(direct.withUrl("jdbc:postgresql://127.0.0.1:" + proxy.port()
                     + url.getRawPath()), 0, temp.resolve("chit.log"), Map.of("CHIT_DEMO_DATA", "true",
                     "CHIT_PAYMENT_SANDBOX_LATENCY_MILLIS", "3000", "CHIT_DB_POOL_TIMEOUT_MILLIS", "1000",
                     // Long enough that only a release, not a lapse, frees the key within this test.
                     "CHIT_IDEMPOTENCY_LEASE_SECONDS", "60"))) {
            HttpJson guest = new HttpJson(chit.baseUri());
            CompletableFuture<HttpJson.Response> first = CompletableFuture.supplyAsync(
                    () -> guest.post(ORDERS, body, Map.of("Idempotency-Key", key)));
            awaitOpenClaim(key);

            proxy.cut();
            HttpJson.Response cutOff = first.get(30, TimeUnit.SECONDS);
            assertThat(cutOff.status()).as(cutOff.body()).isEqualTo(503);
            assertThat(cutOff.header("Retry-After")).isNotNull();
            Instant leaseUntil = openClaim(key).orElseThrow(() -> new AssertionError("the claim is still there"));
            proxy.restore();

            awaitNoClaim(key, Duration.ofSeconds(30));
            assertThat(Instant.now()).as("freed before its lease lapsed").isBefore(leaseUntil);
            HttpJson.Response placed = retryUntilPlaced(guest, key, body, Duration.ofSeconds(30));
            assertThat(placed.header("Idempotent-Replayed")).isNull();
            assertThat(ordersOf(key)).isEqualTo(1);
        }
    }

    private static HttpJson.Response retryUntilPlaced(HttpJson guest, String key, String body, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpJson.Response last = null;
        while (System.nanoTime() < deadline) {
            last = guest.post(ORDERS, body, Map.of("Idempotency-Key", key));
            if (last.status() == 201) {
                return last;
            }
            assertThat(last.status()).as(last.body()).isIn(409, 503);
            if (last.status() == 409) {
                assertThat(last.json().get("type").asText()).isEqualTo("/problems/request-in-progress");
            }
            Thread.sleep(250);
        }
        return fail("no 201 within " + within + "; last answer " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /** Waits for {@code key}'s open claim, and answers until when it is leased. */
    private Instant awaitOpenClaim(String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Instant> lease = openClaim(key);
            if (lease.isPresent()) {
                return lease.get();
            }
            Thread.sleep(50);
        }
        return fail("the checkout never claimed its key");
    }

    private void awaitNoClaim(String key, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (openClaim(key).isPresent()) {
            if (System.nanoTime() > deadline) {
                fail("the key was not freed within " + within);
            }
            Thread.sleep(100);
        }
    }

    private Optional<Instant> openClaim(String key) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT lease_until FROM idempotency_keys WHERE idempotency_key = ? AND response_status = 0")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }

    private int ordersOf(String key) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM orders WHERE customer_name = ?")) {
            query.setString(1, "Guest " + key);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
