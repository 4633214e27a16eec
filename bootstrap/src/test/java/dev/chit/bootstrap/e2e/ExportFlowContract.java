package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports and summaries as a manager gets them: CSV read back as a spreadsheet would, JSON and
 * NDJSON parsed, the PDF's text read back, the summary reconciled with the export of the same
 * day, who may ask, and what bad input answers.
 */
abstract class ExportFlowContract extends SignedInFlow {

    private static final String R = "/api/v1/restaurants/" + RESTAURANT;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CSV_V1 = List.of("orderId", "number", "status", "paymentStatus", "fulfillment",
            "placedAt", "acceptedAt", "readyAt", "completedAt", "scheduledFor", "table", "deliveryLine1",
            "deliveryLine2", "deliveryCity", "deliveryRegion", "deliveryPostalCode", "deliveryCountry",
            "deliveryInstructions", "customerName", "customerEmail", "customerPhone", "notes", "linePosition",
            "itemId", "itemName", "options", "lineNote", "quantity", "unitPrice", "lineTotal", "subtotal",
            "serviceFee", "tax", "deliveryFee", "tip", "discount", "total", "refunded", "currency", "reason");
    // v2 is v1 and, last, whether the guest disputes the payment: a reader of v1 finds its columns where they were.
    private static final List<String> CSV_V2 = Stream.concat(CSV_V1.stream(), Stream.of("disputed")).toList();

    private Map<String, String> boss;
    private final List<JsonNode> orders = new ArrayList<>();

    /** Today's orders: completed, delivered and refunded in part, rejected, called off by the guest. */
    @BeforeEach
    void aDayOfOrders() {
        boss = manager();
        String completed = placeOrder().get("id").asText();
        move(completed, boss, "ACCEPTED", Map.of("prepMinutes", 10));
        move(completed, boss, "PREPARING");
        move(completed, boss, "READY");
        move(completed, boss, "COMPLETED");
        Map<String, Object> delivery = new LinkedHashMap<>(deliveryCart());
        String delivered = http.post("/api/v1/orders", order(delivery, "=HYPERLINK(\"http://x\")", "@home"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).json().get("id").asText();
        move(delivered, boss, "ACCEPTED");
        var refund = http.post("/api/v1/orders/" + delivered + "/refunds", "{\"amount\":250,\"reason\":\"cold\"}", boss);
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        String rejected = placeOrder().get("id").asText();
        move(rejected, boss, "REJECTED", Map.of("reason", "out of buns"));
        JsonNode calledOff = placeOrder();
        http.post("/api/v1/orders/" + calledOff.get("id").asText() + "/cancel", "{}",
                Map.of("X-Order-Token", calledOff.get("accessToken").asText()));
        for (String id : List.of(completed, delivered, rejected, calledOff.get("id").asText())) {
            orders.add(http.get("/api/v1/orders/" + id, boss).json());
        }
    }

    private static String order(Map<String, Object> cart, String name, String notes) {
        Map<String, Object> body = new LinkedHashMap<>(cart);
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", name, "email", "eve@example.com", "phone", "+1 555 0199"));
        body.put("notes", notes);
        body.put("payment", Map.of("method", "card", "token", "tok_visa"));
        return HttpJson.json(body);
    }

    private static List<CSVRecord> csv(HttpJson.Response response) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> header(HttpJson.Response response) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(response.body()))) {
            return parser.getRecords().getFirst().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long cents(String decimal) {
        return new BigDecimal(decimal).movePointRight(2).longValueExact();
    }

    private static String today() {
        return LocalDate.now(NEW_YORK).toString();
    }

    @Test
    void csv_hasTheDocumentedColumns_aRowPerLine_amountsTimesAndNoFormulas() {
        var response = http.get(R + "/orders/export?format=csv&sort=placedAt", boss);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"orders-harbour-lane-kitchen-start-" + today() + ".csv\"");
        assertThat(header(response)).isEqualTo(CSV_V2);
        List<CSVRecord> rows = csv(response);
        int lines = orders.stream().mapToInt(order -> order.get("lines").size()).sum();
        assertThat(rows).as("one row per order line").hasSize(lines);
        CSVRecord first = rows.getFirst();
        JsonNode completed = orders.getFirst();
        assertThat(first.get("orderId")).isEqualTo(completed.get("id").asText());
        assertThat(first.get("status")).isEqualTo("COMPLETED");
        assertThat(first.get("itemName")).isEqualTo(completed.at("/lines/0/name").asText());
        assertThat(first.get("options")).isEqualTo("Medium rare, Bacon");
        assertThat(first.get("lineNote")).isEqualTo("no pickles");
        assertThat(first.get("disputed")).isEqualTo("false");
        assertThat(cents(first.get("total"))).isEqualTo(completed.get("total").asLong());
        assertThat(cents(first.get("unitPrice"))).isEqualTo(completed.at("/lines/0/unitPrice").asLong());
        assertThat(first.get("currency")).isEqualTo("USD");
        OffsetDateTime placedAt = OffsetDateTime.parse(first.get("placedAt"));
        assertThat(placedAt.toInstant()).isEqualTo(java.time.Instant.parse(completed.get("placedAt").asText()));
        assertThat(placedAt.getOffset()).isEqualTo(NEW_YORK.getRules().getOffset(placedAt.toInstant()));
        assertThat(first.get("customerPhone")).as("neutralised: + would start a formula").isEqualTo("'+1 555 0100");
        CSVRecord delivered = rows.stream().filter(row -> row.get("orderId").equals(orders.get(1).get("id").asText()))
                .findFirst().orElseThrow();
        assertThat(delivered.get("customerName")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(delivered.get("notes")).isEqualTo("'@home");
        assertThat(List.of(delivered.get("deliveryLine1"), delivered.get("deliveryLine2"), delivered.get("deliveryCity"),
                delivered.get("deliveryRegion"), delivered.get("deliveryPostalCode"), delivered.get("deliveryCountry"),
                delivered.get("deliveryInstructions")))
                .containsExactly("1 Water St", "Apt 4B", "Brooklyn", "NY", "11201", "US", "ring twice");
        assertThat(first.get("deliveryLine1")).as("a pickup has no address").isEmpty();
        assertThat(cents(delivered.get("refunded"))).isEqualTo(250);
        CSVRecord rejected = rows.stream().filter(row -> row.get("status").equals("REJECTED")).findFirst().orElseThrow();
        assertThat(rejected.get("reason")).isEqualTo("out of buns");
        assertThat(rejected.get("acceptedAt")).isEmpty();

        var perOrder = http.get(R + "/orders/export?format=csv&rows=orders&status=COMPLETED,ACCEPTED", boss);
        List<CSVRecord> orderRows = csv(perOrder);
        assertThat(orderRows).extracting(row -> row.get("status")).containsExactlyInAnyOrder("COMPLETED", "ACCEPTED");
        assertThat(header(perOrder)).contains("items", "itemCount").doesNotContain("itemName");
        assertThat(orderRows).anySatisfy(row -> assertThat(row.get("items"))
                .isEqualTo("1 x Harbour Burger (Medium rare, Bacon); 2 x Lemonade (Large)"));
    }

    @Test
    void json_isTheOrdersExactlyAsTheApiShowsThem_andNdjsonOnePerLine() throws IOException {
        var json = http.get(R + "/orders/export?format=json&sort=placedAt", boss);
        var ndjson = http.get(R + "/orders/export?format=ndjson&sort=placedAt", boss);

        assertThat(json.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json.json()).containsExactlyElementsOf(orders);
        assertThat(ndjson.header("Content-Type")).isEqualTo("application/x-ndjson; charset=utf-8");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.body().split("\n")) {
            lines.add(MAPPER.readTree(line));
        }
        assertThat(lines).containsExactlyElementsOf(orders);
        assertThat(http.get(R + "/orders/export?format=json&q=nobody-matches-this", boss).json()).isEmpty();
    }

    @Test
    void pdf_isAReportWithTheRangeTheOrdersTheTotalsAndPageNumbers() throws IOException {
        var response = http.get(R + "/orders/export?format=pdf", boss);

        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        String text = pdfText(response.bytes());
        assertThat(text).contains("Harbour Lane Kitchen", "America/New_York", "Net sales", "Total collected",
                "#" + orders.getFirst().get("number").asLong());
        assertThat(text).as("the page count is filled in when the document closes").containsPattern("Page 1 of\\s*1");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theSummary_reconcilesWithTheExportOfTheSameDay() {
        String day = today();
        var summary = http.get(R + "/reports/summary?from=" + day + "&to=" + day, boss);
        String start = LocalDate.parse(day).atStartOfDay(NEW_YORK).toInstant().toString();
        String end = LocalDate.parse(day).plusDays(1).atStartOfDay(NEW_YORK).toInstant().toString();
        var export = csv(http.get(R + "/orders/export?format=csv&rows=orders&from=" + start + "&to=" + end, boss));

        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode sales = summary.json().get("sales");
        List<CSVRecord> counted = export.stream().filter(row -> !row.get("acceptedAt").isEmpty()).toList();
        assertThat(sales.get("orders").asLong()).isEqualTo(counted.size()).isEqualTo(2);
        assertThat(sales.get("grossSales").asLong()).isEqualTo(sum(counted, "subtotal"));
        assertThat(sales.get("netSales").asLong()).isEqualTo(sum(counted, "subtotal") - sum(counted, "discount"));
        assertThat(sales.get("tax").asLong()).isEqualTo(sum(counted, "tax"));
        assertThat(sales.get("tips").asLong()).isEqualTo(sum(counted, "tip"));
        assertThat(sales.get("deliveryFees").asLong()).isEqualTo(sum(counted, "deliveryFee"));
        assertThat(sales.get("serviceFees").asLong()).isEqualTo(sum(counted, "serviceFee"));
        assertThat(sales.get("refunds").asLong()).isEqualTo(sum(counted, "refunded")).isEqualTo(250);
        assertThat(sales.get("totalCollected").asLong()).isEqualTo(sum(counted, "total") - sum(counted, "refunded"));
        assertThat(summary.json().at("/ordersByStatus/REJECTED").asLong()).isEqualTo(1);
        assertThat(summary.json().at("/ordersByStatus/CANCELLED").asLong()).isEqualTo(1);
        assertThat(summary.json().get("cancellations").asLong()).isEqualTo(1);
        assertThat(summary.json().get("byFulfillment")).extracting(node -> node.get("key").asText())
                .containsExactly("DELIVERY", "PICKUP");

        var csv = http.get(R + "/reports/summary?from=" + day + "&to=" + day + "&format=csv", boss);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.body()).contains("Sales\r\n", "Net sales," + new BigDecimal(sales.get("netSales").asLong())
                .movePointLeft(2).toPlainString());
        var pdf = http.get(R + "/reports/summary?from=" + day + "&to=" + day + "&format=pdf", boss);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("summary-harbour-lane-kitchen-" + day);
    }

    private static long sum(List<CSVRecord> rows, String column) {
        return rows.stream().mapToLong(row -> cents(row.get(column))).sum();
    }

    @Test
    void onlyManagersOfTheRestaurantAndAdmins_mayExport() {
        Map<String, String> cook = newCook();
        Map<String, String> admin = admin();
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Elsewhere", "currency", "USD",
                "timezone", "America/Chicago")), admin);
        String otherEmail = "other-" + UUID.randomUUID() + "@chit.test";
        hire(admin, opened.json().get("id").asText(), otherEmail, "MANAGER");
        Map<String, String> stranger = signIn(otherEmail, PASSWORD);
        String day = today();

        for (String path : List.of(R + "/orders/export?format=csv", R + "/reports/summary?from=" + day + "&to=" + day,
                R + "/report-schedule", R + "/reports")) {
            assertThat(http.get(path, Map.of()).status()).as(path).isEqualTo(401);
            var staff = http.get(path, cook);
            assertThat(staff.status()).as(path).isEqualTo(403);
            assertThat(staff.header("Content-Type")).startsWith("application/problem+json");
            assertThat(http.get(path, stranger).status()).as(path).isEqualTo(404);
            assertThat(http.get(path, boss).status()).as(path).isEqualTo(200);
            assertThat(http.get(path, admin).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void badInput_isNamed_400ForWhatIsMalformed_422ForWhatIsInvalid() {
        assertProblem(http.get(R + "/orders/export?format=xlsx", boss), 400, "format");
        assertProblem(http.get(R + "/orders/export?format=csv&rows=items", boss), 400, "rows");
        assertProblem(http.get(R + "/orders/export?format=csv&status=EATEN", boss), 400, "status");
        assertProblem(http.get(R + "/orders/export?from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z", boss), 422,
                "to");
        assertProblem(http.get(R + "/reports/summary?from=2026-11-26&to=2026-11-25", boss), 422, "to");
        assertProblem(http.get(R + "/reports/summary?from=2025-01-01&to=2026-01-02", boss), 422, "to");
        assertProblem(http.get(R + "/reports/summary?from=yesterday&to=2026-11-25", boss), 422, "from");
        assertProblem(http.get(R + "/reports/summary?from=2026-11-25&to=2026-11-25&format=xls", boss), 400, "format");
    }

    private static void assertProblem(HttpJson.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asText()).as(response.body()).isEqualTo(field);
    }

    @Test
    void aLongExport_isWholeAndInOrder_acrossItsReadingBatches() {
        for (int i = 0; i < 205; i++) {
            placeOrder();
        }
        var response = http.get(R + "/orders/export?format=ndjson&sort=-placedAt", boss);

        String[] lines = response.body().split("\n");
        assertThat(lines).hasSize(205 + orders.size());
        List<Long> numbers = new ArrayList<>();
        for (String line : lines) {
            numbers.add(readNumber(line));
        }
        assertThat(numbers).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
        assertThat(new String(response.bytes(), StandardCharsets.UTF_8)).endsWith("\n");
    }

    private static long readNumber(String line) {
        try {
            return MAPPER.readTree(line).get("number").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
