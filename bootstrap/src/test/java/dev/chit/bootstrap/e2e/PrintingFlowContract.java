package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.printing.FakeEscPosPrinter;
import dev.chit.adapters.printing.FakeEscPosPrinter.Mode;
import dev.chit.application.printing.PrintSettings;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.PrintingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kitchen printers end to end, against fake ESC/POS printers on loopback (which answer status
 * requests as the real ones do, and can be switched off, out of paper, unplugged or made to
 * reset mid-ticket) and a CloudPRNT client: a ticket per accepted order, printed once; jobs held
 * while a printer is down and printed in order when it is back; the backup after the failover
 * delay (shortened here to 2 s); cancelled tickets, reprint banners, and bad input refused.
 */
abstract class PrintingFlowContract extends SignedInFlow {

    static final String PRINTERS = "/api/v1/restaurants/" + RESTAURANT + "/printers";
    static final String JOBS = "/api/v1/restaurants/" + RESTAURANT + "/print-jobs";
    static final Duration FAILOVER = Duration.ofSeconds(2);
    static final Duration LEASE = Duration.ofSeconds(8);

    FakeEscPosPrinter kitchen;
    FakeEscPosPrinter spare;

    @Override
    ChitSettings configure(ChitSettings defaults) {
        return defaults.withPrinting(fastPrinting());
    }

    static PrintingSettings fastPrinting() {
        return new PrintingSettings("", Duration.ofMillis(200),
                new PrintSettings(FAILOVER, Duration.ofMinutes(5), LEASE, Duration.ofMillis(300)));
    }

    @BeforeEach
    void plugInPrinters() throws IOException {
        kitchen = new FakeEscPosPrinter();
        spare = new FakeEscPosPrinter();
    }

    @AfterEach
    void unplugPrinters() throws IOException {
        kitchen.close();
        spare.close();
    }

    JsonNode addPrinter(Map<String, Object> body) {
        var added = http.post(PRINTERS, HttpJson.json(body), boss());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    static Map<String, Object> escpos(String name, FakeEscPosPrinter printer) {
        return Map.of("name", name, "stationIds", List.of(),
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", printer.port()));
    }

    /** A guest's order, accepted by the manager: its number. */
    long acceptedOrder(Map<String, String> as) {
        JsonNode order = placeOrder();
        var accepted = move(order.get("id").asText(), as, "ACCEPTED");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return order.get("number").asLong();
    }

    private Map<String, String> boss;

    /** The manager, signed in once (a sign-in takes a while: the password hash is slow on purpose). */
    Map<String, String> boss() {
        if (boss == null) {
            boss = manager();
        }
        return boss;
    }

    JsonNode jobs(String query) {
        return http.get(JOBS + query, boss()).json().get("items");
    }

    JsonNode printer(String id) {
        for (JsonNode printer : http.get(PRINTERS, boss()).json().get("items")) {
            if (printer.get("id").asText().equals(id)) {
                return printer;
            }
        }
        throw new AssertionError("no printer " + id);
    }

    @Test
    void anAcceptedOrder_printsOneTicket_withTheNumberTheLinesAndTheShortIdAtTheFoot() throws InterruptedException {
        JsonNode added = addPrinter(escpos("Kitchen", kitchen));
        assertThat(added.get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(added.get("connection").get("port").asInt()).isEqualTo(kitchen.port());
        var boss = manager();

        long number = acceptedOrder(boss);

        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 1);
        String ticket = kitchen.printed().getFirst();
        JsonNode job = jobs("?status=PRINTED").get(0);
        assertThat(job.get("kind").asText()).isEqualTo("NEW");
        assertThat(job.get("orderNumber").asLong()).isEqualTo(number);
        assertThat(ticket).contains("[large]#" + number).contains("Pickup: Ada Guest").contains("1 x Harbour Burger")
                .contains("NOTE: no pickles").contains("ORDER NOTE: ring the bell")
                .endsWith("job " + job.get("shortId").asText()).doesNotContain("REPRINT");
        assertThat(job.get("shortId").asText()).hasSize(8);
        assertThat(printer(added.get("id").asText()).get("status").asText()).isEqualTo("ONLINE");
        assertThat(printer(added.get("id").asText()).get("lastSeenAt").isTextual()).isTrue();
        // Later runs of the sender find nothing more to print.
        Thread.sleep(1000);
        assertThat(kitchen.printed()).hasSize(1);
    }

    @Test
    void eachStationsPrinter_printsThatStationsLinesOnly() {
        JsonNode stations = http.get("/api/v1/restaurants/" + RESTAURANT + "/stations", boss()).json().get("stations");
        String grill = stationNamed(stations, "Grill");
        String bar = stationNamed(stations, "Bar");
        addPrinter(Map.of("name", "Grill printer", "stationIds", List.of(grill),
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", kitchen.port())));
        addPrinter(Map.of("name", "Bar printer", "stationIds", List.of(bar), "columns", 32,
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", spare.port())));

        long number = acceptedOrder(boss());

        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 1 && spare.printed().size() == 1);
        assertThat(kitchen.printed().getFirst()).startsWith("GRILL").contains("#" + number)
                .contains("1 x Harbour Burger").doesNotContain("Lemonade");
        assertThat(spare.printed().getFirst()).startsWith("BAR").contains("2 x ").contains("Lemonade")
                .doesNotContain("Harbour Burger");
        assertThat(spare.printed().getFirst().lines()).allSatisfy(line -> assertThat(line.replace("[large]", "")
                .replace("[highlight]", "").length()).isLessThanOrEqualTo(32));
        assertThat(jobs("?status=PRINTED")).extracting(job -> job.get("stationId").asText())
                .containsExactlyInAnyOrder(grill, bar);
    }

    private static String stationNamed(JsonNode stations, String name) {
        for (JsonNode station : stations) {
            if (station.get("name").asText().equals(name)) {
                return station.get("id").asText();
            }
        }
        throw new AssertionError("no station " + name);
    }

    @Test
    void aPrinterOffline_holdsItsTickets_andPrintsThemInOrderWhenBack() {
        String id = addPrinter(escpos("Kitchen", kitchen)).get("id").asText();
        kitchen.switchTo(Mode.OFFLINE);
        var boss = manager();

        long first = acceptedOrder(boss);
        long second = acceptedOrder(boss);

        await().atMost(Duration.ofSeconds(20)).until(() -> printer(id).get("status").asText().equals("OFFLINE"));
        assertThat(kitchen.printed()).isEmpty();
        assertThat(jobs("?status=QUEUED")).hasSize(2);
        kitchen.switchTo(Mode.ONLINE);
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 2);
        assertThat(kitchen.printed().get(0)).contains("#" + first);
        assertThat(kitchen.printed().get(1)).contains("#" + second);
        await().atMost(Duration.ofSeconds(10)).until(() -> printer(id).get("status").asText().equals("ONLINE"));
    }

    @Test
    void aPrinterOutOfPaper_saysSo_andPrintsWhenThePaperIsIn() {
        String id = addPrinter(escpos("Kitchen", kitchen)).get("id").asText();
        kitchen.switchTo(Mode.PAPER_OUT);

        acceptedOrder(manager());

        await().atMost(Duration.ofSeconds(20)).until(() -> printer(id).get("status").asText().equals("PAPER_OUT"));
        assertThat(kitchen.printed()).isEmpty();
        kitchen.switchTo(Mode.ONLINE);
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 1);
        assertThat(kitchen.printed().getFirst()).doesNotContain("REPRINT");
    }

    @Test
    void aPrinterUnplugged_sendsItsTicketsToTheBackupAfterTheDelay_once() throws InterruptedException {
        String spareId = addPrinter(escpos("Spare", spare)).get("id").asText();
        Map<String, Object> main = new HashMap<>(escpos("Kitchen", kitchen));
        main.put("backupPrinterId", spareId);
        String kitchenId = addPrinter(main).get("id").asText();
        assertThat(printer(kitchenId).get("backupPrinterId").asText()).isEqualTo(spareId);
        kitchen.switchTo(Mode.UNPLUGGED);
        long started = System.nanoTime();

        long number = acceptedOrder(manager());

        // The spare prints the kitchen's ticket and its own (a printer naming no station prints every order).
        await().atMost(Duration.ofSeconds(20)).until(() -> spare.printed().size() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(FAILOVER);
        assertThat(spare.printed()).allSatisfy(ticket -> assertThat(ticket).contains("#" + number));
        kitchen.switchTo(Mode.ONLINE);
        Thread.sleep(1500);
        assertThat(kitchen.printed()).as("the job went to the backup, and printed there only").isEmpty();
        assertThat(printer(kitchenId).get("status").asText()).isEqualTo("OFFLINE");
    }

    @Test
    void aCancelledOrder_getsACancelledTicket_andAReprintIsMarked() {
        addPrinter(escpos("Kitchen", kitchen));
        var boss = manager();
        JsonNode order = placeOrder();
        String orderId = order.get("id").asText();
        long number = order.get("number").asLong();
        move(orderId, boss, "ACCEPTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 1);

        var reprinted = http.post("/api/v1/orders/" + orderId + "/reprint", "{}", newCook());
        assertThat(reprinted.status()).as(reprinted.body()).isEqualTo(202);
        assertThat(reprinted.json().get("items").get(0).get("kind").asText()).isEqualTo("REPRINT");
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 2);
        http.post("/api/v1/orders/" + orderId + "/reprint", "", boss);
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 3);
        var cancelled = move(orderId, boss, "CANCELLED", Map.of("reason", "out of buns"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 4);

        assertThat(kitchen.printed().get(1)).startsWith("[large]REPRINT 1").contains("#" + number);
        assertThat(kitchen.printed().get(2)).startsWith("[large]REPRINT 2");
        assertThat(kitchen.printed().get(3)).startsWith("[large]CANCELLED #" + number);
    }

    @Test
    void aTicketCutOffMidway_printsAgainMarkedAsAReprint() {
        addPrinter(escpos("Kitchen", kitchen));
        kitchen.switchTo(Mode.RESET_MID_TICKET);

        acceptedOrder(manager());

        await().atMost(Duration.ofSeconds(20)).until(() -> jobs("").get(0).get("attempts").asInt() >= 1
                && !jobs("").get(0).path("lastError").asText().isEmpty());
        kitchen.switchTo(Mode.ONLINE);
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 1);
        assertThat(kitchen.printed().getFirst()).startsWith("[large]REPRINT ");
    }

    @Test
    void aTestTicket_printsOnTheChosenPrinter() {
        String id = addPrinter(escpos("Kitchen", kitchen)).get("id").asText();

        var test = http.post(PRINTERS + "/" + id + "/test", "", manager());

        assertThat(test.status()).as(test.body()).isEqualTo(202);
        assertThat(test.json().get("kind").asText()).isEqualTo("TEST");
        await().atMost(Duration.ofSeconds(20)).until(() -> kitchen.printed().size() == 1);
        assertThat(kitchen.printed().getFirst()).startsWith("[large]TEST").contains("café crème 3,50 €");
    }

    @Test
    void badPrinters_areRefusedNamingTheField_andNothingIsStored() {
        var boss = manager();
        Map<String, Object> emptyHost = Map.of("name", "Kitchen",
                "connection", Map.of("type", "escpos-tcp", "host", " ", "port", 9100));
        Map<String, Object> badPort = Map.of("name", "Kitchen",
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", 70000));
        Map<String, Object> unknownStation = Map.of("name", "Kitchen", "stationIds", List.of(UUID.randomUUID().toString()),
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1"));
        Map<String, Object> unknownBackup = Map.of("name", "Kitchen", "backupPrinterId", UUID.randomUUID().toString(),
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1"));

        for (var wrong : Map.of("connection.host", emptyHost, "connection.port", badPort,
                "stationIds[0]", unknownStation, "backupPrinterId", unknownBackup).entrySet()) {
            var refused = http.post(PRINTERS, HttpJson.json(wrong.getValue()), boss);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(wrong.getKey());
        }
        var zeroPort = http.post(PRINTERS, HttpJson.json(Map.of("name", "K",
                "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", 0))), boss);
        assertThat(zeroPort.json().at("/errors/0/field").asText()).isEqualTo("connection.port");
        assertThat(http.get(PRINTERS, boss).json().get("items")).isEmpty();

        var elsewhere = http.get("/api/v1/restaurants/" + UUID.randomUUID() + "/printers", boss);
        assertThat(elsewhere.status()).isEqualTo(404);
        var cook = newCook();
        assertThat(http.get(PRINTERS, cook).status()).as("managers only").isEqualTo(403);
        String id = addPrinter(escpos("Kitchen", kitchen)).get("id").asText();
        var otherPrinter = http.delete("/api/v1/restaurants/" + UUID.randomUUID() + "/printers/" + id, admin());
        assertThat(otherPrinter.status()).isEqualTo(404);
        var renamed = http.patch(PRINTERS + "/" + id, HttpJson.json(Map.of("name", "Grill", "copies", 2)), boss);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Grill");
        assertThat(renamed.json().get("connection").get("port").asInt()).isEqualTo(kitchen.port());
        assertThat(http.delete(PRINTERS + "/" + id, boss).status()).isEqualTo(204);
        assertThat(http.get(PRINTERS, boss).json().get("items")).isEmpty();
    }

    @Test
    void aCloudPrntPrinter_pollsFetchesAndConfirms_andAJobNeverConfirmedComesBackMarked() throws Exception {
        JsonNode added = addPrinter(Map.of("name", "Bar", "connection", Map.of("type", "cloudprnt")));
        JsonNode credentials = added.get("cloudprnt");
        String url = credentials.get("url").asText();
        assertThat(url).endsWith("/cloudprnt/" + added.get("id").asText());
        assertThat(printer(added.get("id").asText()).has("cloudprnt")).as("shown once").isFalse();
        var star = new StarPrinter(URI.create(url), credentials.get("username").asText(),
                credentials.get("password").asText());
        var wrong = new StarPrinter(URI.create(url), credentials.get("username").asText(), "not-the-password");
        var boss = manager();
        long number = acceptedOrder(boss);

        assertThat(wrong.poll().statusCode()).isEqualTo(401);
        JsonNode ready = star.pollJson();
        assertThat(ready.get("jobReady").asBoolean()).isTrue();
        assertThat(ready.get("mediaTypes").get(0).asText()).isEqualTo("text/plain");
        String token = ready.get("jobToken").asText();
        assertThat(wrong.fetch(token).statusCode()).isEqualTo(401);
        assertThat(jobs("?status=SENT")).hasSize(1);
        var ticket = star.fetch(token);
        assertThat(ticket.statusCode()).isEqualTo(200);
        assertThat(ticket.body()).contains("#" + number).doesNotContain("REPRINT");
        assertThat(star.confirm(token, "200%20OK").statusCode()).isEqualTo(200);
        assertThat(jobs("?status=PRINTED")).hasSize(1);
        assertThat(star.pollJson().get("jobReady").asBoolean()).isFalse();

        long second = acceptedOrder(boss);
        String handedOut = star.pollJson().get("jobToken").asText();
        assertThat(star.fetch(handedOut).body()).contains("#" + second);
        // Never confirmed: after the lease the same job is handed out again, marked.
        Thread.sleep(LEASE.toMillis() + 500);
        String again = star.pollJson().get("jobToken").asText();
        assertThat(again).isNotEqualTo(handedOut);
        assertThat(star.fetch(again).body()).startsWith("REPRINT 1").contains("#" + second);
        assertThat(star.confirm(handedOut, "200").statusCode()).as("an old token confirms nothing").isEqualTo(200);
        assertThat(jobs("?status=QUEUED").size() + jobs("?status=SENT").size()).isEqualTo(1);
        star.confirm(again, "200 OK");
        assertThat(jobs("?status=PRINTED")).hasSize(2);
    }

    /** A Star CloudPRNT printer as its documentation describes it: polls with its status, fetches, confirms. */
    record StarPrinter(URI url, String username, String password) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        private HttpRequest.Builder request(String query) {
            String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(url + query)).header("Authorization", "Basic " + basic);
        }

        HttpResponse<String> poll() throws Exception {
            return HTTP.send(request("").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"printerMAC\":\"00:11:62:00:00:01\",\"statusCode\":\"200%20OK\",\"status\":\"23 6 0 0 0 0 0 0 0\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode pollJson() throws Exception {
            var answer = poll();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
        }

        HttpResponse<String> fetch(String token) throws Exception {
            return HTTP.send(request("?type=text/plain&token=" + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> confirm(String token, String code) throws Exception {
            return HTTP.send(request("?code=" + code.replace(" ", "%20") + "&token=" + token).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
