package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.printing.FakeEscPosPrinter;
import dev.chit.adapters.printing.FakeEscPosPrinter.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server killed with {@code kill -9} between queueing tickets and printing them (the
 * printer was off), then started again on the same database: every ticket prints once, and none
 * is lost.
 */
class PostgresPrintingServerKilledTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "CHIT_DEMO_DATA", "true",
            "CHIT_PRINT_INTERVAL_MILLIS", "200",
            "CHIT_PRINT_LEASE_SECONDS", "3");

    private TestDatabase database;
    private FakeEscPosPrinter kitchen;

    @BeforeEach
    void createDatabase() throws Exception {
        database = TestDatabases.postgres();
        kitchen = new FakeEscPosPrinter();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        kitchen.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void killedWithTicketsQueued_printsEachOnceWhenStartedAgain(@TempDir Path temp) {
        Path log = temp.resolve("chit.log");
        ChitProcess first = ChitProcess.start(database.settings(), 0, log, SETTINGS);
        ChitProcess second = null;
        try {
            var http = new HttpJson(first.baseUri());
            Map<String, String> boss = signIn(http);
            var added = http.post(PrintingFlowContract.PRINTERS, HttpJson.json(PrintingFlowContract.escpos("Kitchen",
                    kitchen)), boss);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            kitchen.switchTo(Mode.OFFLINE);
            List<Long> numbers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
                var accepted = http.post("/api/v1/orders/" + placed.json().get("id").asText() + "/transitions",
                        HttpJson.json(Map.of("to", "ACCEPTED")), boss);
                assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
                numbers.add(placed.json().get("number").asLong());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> kitchen.statusRequests() > 0);

            first.kill();
            kitchen.switchTo(Mode.ONLINE);
            second = ChitProcess.start(database.settings(), first.port(), log, SETTINGS);

            await().atMost(Duration.ofSeconds(60)).until(() -> kitchen.printed().size() >= numbers.size());
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .until(() -> kitchen.printed().size() == numbers.size());
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(kitchen.printed().get(i)).contains("#" + numbers.get(i));
            }
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static Map<String, String> signIn(HttpJson http) {
        var signedIn = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", SignedInFlow.MANAGER_EMAIL,
                "password", SignedInFlow.MANAGER_PASSWORD)), Map.of());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + signedIn.json().get("token").asText());
    }
}
