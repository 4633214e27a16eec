package dev.chit.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chit.adapters.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo a first start of {@code bin/chit} opens on: a board with a service in progress and four
 * weeks behind it in the reports, the same for the same date.
 */
class DemoServiceTest {

    private static final String RESTAURANT = DemoData.RESTAURANT.toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void theDemoOpensOnALivingBoardWithFourWeeksOfSalesTheSameForTheSameDate() throws Exception {
        Instant now = Instant.now();
        List<String> firstOrders;
        try (Chit chit = Chit.start(new ChitSettings("127.0.0.1", 0, TestDatabases.h2(first).settings(),
                DemoDataMode.TRUE))) {
            chit.fillDemoService(now);
            String token = signIn(chit);

            JsonNode board = get(chit, token, "/orders?status=PLACED,ACCEPTED,PREPARING,READY&limit=200");
            List<String> lanes = new ArrayList<>();
            board.get("items").forEach(order -> lanes.add(order.get("status").asText()));
            assertThat(lanes).as("the board's lanes").contains("PLACED", "ACCEPTED", "PREPARING", "READY");
            assertThat(lanes).as("accepted: one in time, one late").filteredOn("ACCEPTED"::equals).hasSize(2);
            assertThat(board.get("items")).as("an accepted order past its promise")
                    .anySatisfy(order -> {
                        assertThat(order.get("status").asText()).isEqualTo("ACCEPTED");
                        assertThat(Instant.parse(order.get("estimatedReadyAt").asText())).isBefore(now);
                    });
            JsonNode later = get(chit, token, "/orders?status=PLACED&scheduled=include&limit=200");
            assertThat(later.get("items")).as("an order scheduled for later")
                    .anySatisfy(order -> {
                        assertThat(order.get("scheduledFor").isNull()).isFalse();
                        assertThat(Instant.parse(order.get("scheduledFor").asText())).isAfter(now);
                    });

            LocalDate today = now.atZone(ZoneId.of("America/New_York")).toLocalDate();
            JsonNode summary = get(chit, token, "/reports/summary?from=" + today.minusDays(28) + "&to=" + today.minusDays(1));
            assertThat(summary.get("sales").get("orders").asLong()).as("orders accepted in four weeks")
                    .isGreaterThan(150);
            JsonNode days = summary.get("byDay");
            assertThat(days).as("every day of the four weeks sold something").hasSize(28);

            firstOrders = everyOrder(chit, token);
        }
        try (Chit chit = Chit.start(new ChitSettings("127.0.0.1", 0, TestDatabases.h2(second).settings(),
                DemoDataMode.TRUE))) {
            chit.fillDemoService(now);
            assertThat(everyOrder(chit, signIn(chit))).as("the same orders for the same date").isEqualTo(firstOrders);
        }
    }

    /** Each order as number, status, total and guest: what a second demo of the same date must repeat. */
    private static List<String> everyOrder(Chit chit, String token) throws IOException, InterruptedException {
        List<String> orders = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = get(chit, token, "/orders?sort=placedAt&scheduled=include&limit=200" + cursor);
            page.get("items").forEach(order -> orders.add(order.get("number").asLong() + " "
                    + order.get("status").asText() + " " + order.get("total").asLong() + " "
                    + order.get("customer").get("name").asText()));
            cursor = page.get("nextCursor").isNull() ? "" : "&cursor=" + page.get("nextCursor").asText();
        } while (!cursor.isEmpty());
        return orders;
    }

    private static String signIn(Chit chit) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(chit.baseUri().resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + DemoData.MANAGER_EMAIL
                        + "\",\"password\":\"" + DemoData.MANAGER_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("token").asText();
    }

    private static JsonNode get(Chit chit, String token, String path) throws IOException, InterruptedException {
        URI uri = chit.baseUri().resolve("/api/v1/restaurants/" + RESTAURANT + path);
        var response = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
