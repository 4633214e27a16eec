package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.printing.FakeEscPosPrinter;
import dev.chit.adapters.printing.FakeEscPosPrinter.Mode;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two servers on one PostgreSQL database share the print queue: both send tickets to the same
 * printer, and each ticket prints once, in the order the orders were accepted.
 */
class PostgresPrintingAcrossInstancesTest extends SignedInFlow {

    private Chit second;
    private FakeEscPosPrinter kitchen;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withPrinting(PrintingFlowContract.fastPrinting());
    }

    @BeforeEach
    void startTheSecondInstance() throws IOException {
        kitchen = new FakeEscPosPrinter();
        second = Chit.start(new ChitSettings("127.0.0.1", 0, testDatabase().settings(), DemoDataMode.FALSE)
                .withPrinting(PrintingFlowContract.fastPrinting()));
    }

    @AfterEach
    void stopTheSecondInstance() throws IOException {
        if (second != null) {
            second.close();
        }
        kitchen.close();
    }

    @Test
    void twoServers_printEachTicketOnce_inOrder() {
        Map<String, String> boss = manager();
        var added = http.post(PrintingFlowContract.PRINTERS, HttpJson.json(PrintingFlowContract.escpos("Kitchen",
                kitchen)), boss);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        kitchen.switchTo(Mode.OFFLINE);
        var onB = new HttpJson(second.baseUri());
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Half the orders accepted on each server.
            numbers.add(accepted(i % 2 == 0 ? http : onB, boss));
        }
        // Both servers have been trying the printer while it was off; now it is back.
        kitchen.switchTo(Mode.ONLINE);

        await().atMost(Duration.ofSeconds(60)).until(() -> kitchen.printed().size() >= numbers.size());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> kitchen.printed().size() == numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(kitchen.printed().get(i)).contains("#" + numbers.get(i)).doesNotContain("REPRINT");
        }
    }

    private long accepted(HttpJson server, Map<String, String> as) {
        var placed = placeOrder();
        var accepted = server.post("/api/v1/orders/" + placed.get("id").asText() + "/transitions",
                HttpJson.json(Map.of("to", "ACCEPTED")), as);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return placed.get("number").asLong();
    }
}
