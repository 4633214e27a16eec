package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's {@code printers} frame: a board socket opening while a printer is not ONLINE is told
 * so after its snapshot, and is told again, within seconds, each time the list changes in the
 * database, whoever wrote it (here a statement of its own, as another server instance would).
 */
class PostgresPrinterTroubleLiveTest extends SignedInFlow {

    @Override
    TestDatabase createDatabase() {
        return TestDatabases.postgres();
    }

    @Test
    void aBoardIsToldOfEveryPrinterNotOnline_whenItOpens_andWhenThatChanges() throws SQLException {
        Map<String, String> manager = manager();
        var added = http.post(PrintingFlowContract.PRINTERS, HttpJson.json(Map.of("name", "Pass", "stationIds", List.of(),
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", 9))), manager);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String printerId = added.json().get("id").asText();
        String token = LiveUpdatesContract.token(newCook());

        try (LiveClient board = LiveClient.open(baseUri(), "/ws/restaurants/" + RESTAURANT + "/orders?token=" + token)) {
            board.next("snapshot");
            JsonNode unknown = board.next("printers").get("printers");
            assertThat(unknown).hasSize(1);
            assertThat(unknown.get(0).get("printerId").asText()).isEqualTo(printerId);
            assertThat(unknown.get(0).get("name").asText()).isEqualTo("Pass");
            assertThat(unknown.get(0).get("status").asText()).isEqualTo("UNKNOWN");

            setStatus(printerId, "ONLINE");
            assertThat(board.next("printers").get("printers")).isEmpty();

            setStatus(printerId, "PAPER_OUT");
            assertThat(board.next("printers").at("/printers/0/status").asText()).isEqualTo("PAPER_OUT");
        }
    }

    private void setStatus(String printerId, String status) throws SQLException {
        var settings = testDatabase().settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.effectiveUser(),
                settings.password());
             PreparedStatement update = connection.prepareStatement("UPDATE printers SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setObject(2, UUID.fromString(printerId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
