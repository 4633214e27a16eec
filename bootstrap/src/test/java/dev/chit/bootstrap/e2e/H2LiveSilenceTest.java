package dev.chit.bootstrap.e2e;

import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.web.live.LiveSettings;
import dev.chit.bootstrap.ChitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server pings its live clients and drops those that never answer, here with the shortest
 * settings (a ping a second, three seconds of silence): a client that answers stays.
 */
class H2LiveSilenceTest extends SignedInFlow {

    @TempDir
    Path dataDir;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.h2(dataDir);
    }

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withLive(new LiveSettings(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(5),
                64));
    }

    @Test
    void aClientThatNeverAnswersPings_isDropped_oneThatAnswersStays() throws Exception {
        Map<String, String> cook = newCook();
        String board = "/ws/restaurants/" + RESTAURANT + "/orders?token=" + LiveUpdatesContract.token(cook);
        try (LiveClient answering = LiveClient.open(chit().baseUri(), board);
             RawSocketClient silent = RawSocketClient.open(chit().baseUri(), board, 64 * 1024)) {
            answering.next("snapshot");

            assertThat(silent.endsWithin(15_000)).as("the silent client is dropped").isTrue();
            assertThat(answering.isClosed()).as("the answering client").isFalse();
            placeOrder();
            assertThat(answering.next("order.created")).isNotNull();
        }
    }
}
