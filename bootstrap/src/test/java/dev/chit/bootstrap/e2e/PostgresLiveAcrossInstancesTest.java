package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.events.PostgresOrderEventSignals;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers on one PostgreSQL database, as behind a load balancer: a board open on B sees, in
 * {@code seq} order, every order placed and moved on A, and loses none when B's listening
 * connection is killed in the middle (it reconnects and catches up from the log).
 */
class PostgresLiveAcrossInstancesTest extends SignedInFlow {

    private Chit second;

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @BeforeEach
    void startTheSecondInstance() {
        second = Chit.start(new ChitSettings("127.0.0.1", 0, testDatabase().settings(), DemoDataMode.FALSE));
    }

    @AfterEach
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aBoardOnB_getsEveryChangeMadeOnA_inOrder_evenWhenItsListenerIsKilled() throws SQLException {
        Map<String, String> cook = newCook();
        String token = LiveUpdatesContract.token(cook);
        try (LiveClient onB = LiveClient.open(second.baseUri(), "/ws/restaurants/" + RESTAURANT + "/orders?token=" + token)) {
            long start = onB.next("snapshot").get("seq").asLong();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(placeOrder().get("id").asText());
                move(ids.getLast(), cook, "ACCEPTED");
            }
            long placedOnA = lastSeqOn(chit(), token);
            // Frames show each order as it is when they are sent: wait for seqs, not states.
            List<JsonNode> before = onB.until(frame -> frame.get("seq").asLong() == placedOnA);

            assertThat(killListeners()).as("listening connections killed").isGreaterThanOrEqualTo(1);
            for (String id : ids) {
                move(id, cook, "PREPARING");
                move(id, cook, "READY");
            }
            long movedOnA = lastSeqOn(chit(), token);
            List<JsonNode> after = onB.until(frame -> frame.get("seq").asLong() == movedOnA);

            List<Long> seqs = new ArrayList<>();
            before.forEach(frame -> seqs.add(frame.get("seq").asLong()));
            after.forEach(frame -> seqs.add(frame.get("seq").asLong()));
            assertThat(seqs).isEqualTo(LongStream.rangeClosed(start + 1, movedOnA).boxed().toList());
            assertThat(after.getLast().at("/order/status").asText()).isEqualTo("READY");
        }
    }

    private static long lastSeqOn(Chit server, String token) {
        try (LiveClient fresh = LiveClient.open(server.baseUri(), "/ws/restaurants/" + RESTAURANT + "/orders?token="
                + token)) {
            return fresh.next("snapshot").get("seq").asLong();
        }
    }

    // Every instance's listener: both reconnect; B's board must not notice more than a delay.
    private int killListeners() throws SQLException {
        var settings = testDatabase().settings();
        try (Connection admin = DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(),
                settings.password()); Statement statement = admin.createStatement();
             ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity"
                     + " WHERE application_name = '" + PostgresOrderEventSignals.APPLICATION_NAME + "'"
                     + " AND datname = current_database()")) {
            int count = 0;
            while (killed.next()) {
                count += killed.getBoolean("killed") ? 1 : 0;
            }
            return count;
        }
    }
}
