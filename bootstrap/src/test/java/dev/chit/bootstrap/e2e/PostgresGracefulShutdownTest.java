package dev.chit.bootstrap.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SIGTERM in the middle of a checkout, as a rolling restart sends it: readiness answers DOWN at
 * once while requests are still served (a load balancer sends new ones elsewhere), the checkout
 * in flight finishes with its 201, the board's live socket is closed with 1012 ("service
 * restart", so the portal resumes at once on another instance), and the process exits.
 */
class PostgresGracefulShutdownTest extends ChitProcessOnPostgres {

    private static final Map<String, String> SETTINGS = Map.of(
            "CHIT_DEMO_DATA", "true",
            // Each card call takes this long: the checkout is still running when SIGTERM comes.
            "CHIT_PAYMENT_SANDBOX_LATENCY_MILLIS", "3000",
            "CHIT_SHUTDOWN_UNREADY_SECONDS", "2",
            "CHIT_SHUTDOWN_DRAIN_SECONDS", "20");

    @Test
    void sigterm_turnsUnreadyFirst_finishesTheCheckoutInFlight_andClosesLiveSocketsWith1012(@TempDir Path temp)
            throws Exception {
        ChitProcess chit = ChitProcess.start(database.settings(), 0, temp.resolve("chit.log"), SETTINGS);
        try {
            HttpJson http = new HttpJson(chit.baseUri());
            assertThat(http.get("/observe/health/ready").status()).isEqualTo(200);
            var signedIn = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", SignedInFlow.MANAGER_EMAIL,
                    "password", SignedInFlow.MANAGER_PASSWORD)), Map.of());
            String token = signedIn.json().get("token").asText();
            try (LiveClient board = LiveClient.open(chit.baseUri(),
                    "/ws/restaurants/" + SignedInFlow.RESTAURANT + "/orders?token=" + token)) {
                board.next("snapshot");
                String checkout = CheckoutFlowContract.order(CheckoutFlowContract.cart());
                CompletableFuture<HttpJson.Response> inFlight = CompletableFuture.supplyAsync(() ->
                        http.post("/api/v1/orders", checkout, Map.of("Idempotency-Key", UUID.randomUUID().toString())));
                Thread.sleep(500);

                chit.terminate();
                Thread.sleep(300);
                var ready = http.get("/observe/health/ready");
                assertThat(ready.status()).as(ready.body()).isEqualTo(503);
                assertThat(ready.body()).contains("stopping");
                assertThat(http.get("/observe/health/live").status()).as("alive, only not ready").isEqualTo(200);
                assertThat(http.get("/api/v1/restaurants/" + SignedInFlow.RESTAURANT + "/menu").status())
                        .as("still served while unready").isEqualTo(200);

                HttpJson.Response placed = inFlight.get(30, TimeUnit.SECONDS);
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
                assertThat(board.closeCode()).isEqualTo(1012);
            }
            assertThat(chit.exitsWithin(Duration.ofSeconds(40))).as(chit.log()).isTrue();
            String log = chit.log();
            assertThat(log).contains("event=stopping phase=unready", "event=stopping phase=drain", "event=stopped");
            assertThat(log.substring(log.indexOf("event=stopping phase=unready")))
                    .as("nothing fails while it stops").doesNotContain("Exception", "level=SEVERE");
            assertThatThrownBy(() -> connect(chit.port())).isInstanceOf(ConnectException.class);
        } finally {
            chit.close();
        }
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            throw new UncheckedIOException(new IOException("still listening on " + port));
        }
    }
}
