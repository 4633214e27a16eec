package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds by line over HTTP against the whole server and the sandbox network: the amount the
 * server works out to the cent, the lines' {@code refundedQuantity} on the order, its receipt,
 * its export and the sales summary, and a line never refunded beyond its quantity, not even by
 * ten managers at once.
 */
abstract class LineRefundFlowContract extends SignedInFlow {

    private static final String R = "/api/v1/restaurants/" + RESTAURANT;

    /**
     * Three burgers with bacon (3 x 1700 = 5100) and a large lemonade (550): subtotal 5650, tax
     * 8.87 % = 501.155 -> 501, tip 300, total 6451; the goods, everything but tip and delivery
     * fee, are 6151.
     */
    static Map<String, Object> threeBurgers() {
        return Map.of(
                "lines", List.of(
                        Map.of("menuItemId", CheckoutFlowContract.HARBOUR_BURGER, "quantity", 3,
                                "optionIds", List.of(CheckoutFlowContract.MEDIUM_RARE, CheckoutFlowContract.BACON)),
                        Map.of("menuItemId", CheckoutFlowContract.LEMONADE, "quantity", 1,
                                "optionIds", List.of(CheckoutFlowContract.LARGE))),
                "fulfillment", Map.of("type", "PICKUP"),
                "tip", 300);
    }

    private String acceptedOrder(Map<String, String> manager) {
        String id = placeOrder(threeBurgers()).get("id").asText();
        var accepted = move(id, manager, "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("paymentStatus").asText()).isEqualTo("CAPTURED");
        assertThat(accepted.json().get("total").asLong()).isEqualTo(6451);
        return id;
    }

    private HttpJson.Response refundLines(String orderId, Map<String, String> as, List<Map<String, Object>> lines) {
        return http.post("/api/v1/orders/" + orderId + "/refunds",
                HttpJson.json(Map.of("lines", lines, "reason", "burnt")), as);
    }

    private JsonNode order(String orderId, Map<String, String> as) {
        var order = http.get("/api/v1/orders/" + orderId, as);
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        return order.json();
    }

    @Test
    void twoOfThreeBurgers_thenTheRest_refundTheWholeOrderLessTheTip_toTheCent() throws IOException {
        Map<String, String> manager = manager();
        String id = acceptedOrder(manager);
        JsonNode before = order(id, manager);
        String burgers = before.at("/lines/0/id").asText();
        String lemonade = before.at("/lines/1/id").asText();
        assertThat(before.at("/lines/0/refundedQuantity").asInt()).isZero();

        var preview = http.post("/api/v1/orders/" + id + "/refunds/preview",
                HttpJson.json(Map.of("lines", List.of(Map.of("lineId", burgers, "quantity", 2)))), manager);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        // 6151 x 3400 / 5650 = 3701.49 -> 3701: the burgers' 3400 and their share of the tax.
        assertThat(preview.json().get("amount").asLong()).isEqualTo(3701);
        assertThat(order(id, manager).get("refunded").asLong()).isZero();

        var two = refundLines(id, manager, List.of(Map.of("lineId", burgers, "quantity", 2)));
        assertThat(two.status()).as(two.body()).isEqualTo(201);
        assertThat(two.json().get("amount").asLong()).isEqualTo(3701);
        JsonNode afterTwo = order(id, manager);
        assertThat(afterTwo.at("/lines/0/refundedQuantity").asInt()).isEqualTo(2);
        assertThat(afterTwo.at("/lines/1/refundedQuantity").asInt()).isZero();
        assertThat(afterTwo.get("refunded").asLong()).isEqualTo(3701);
        assertThat(afterTwo.get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");

        var tooMany = refundLines(id, manager, List.of(Map.of("lineId", burgers, "quantity", 2)));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().at("/errors/0/field").asText()).isEqualTo("lines[0].quantity");
        var both = http.post("/api/v1/orders/" + id + "/refunds", HttpJson.json(Map.of("amount", 100,
                "lines", List.of(Map.of("lineId", burgers, "quantity", 1)), "reason", "x")), manager);
        assertThat(both.status()).isEqualTo(422);
        assertThat(order(id, manager)).isEqualTo(afterTwo);

        var rest = refundLines(id, manager, List.of(Map.of("lineId", lemonade, "quantity", 1),
                Map.of("lineId", burgers, "quantity", 1)));
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.json().get("amount").asLong()).isEqualTo(6151 - 3701);
        JsonNode afterAll = order(id, manager);
        assertThat(afterAll.get("refunded").asLong()).isEqualTo(6451 - 300);
        assertThat(afterAll.get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");

        var tip = http.post("/api/v1/orders/" + id + "/refunds",
                HttpJson.json(Map.of("amount", 300, "reason", "sorry")), manager);
        assertThat(tip.status()).as(tip.body()).isEqualTo(201);
        assertThat(order(id, manager).get("paymentStatus").asText()).isEqualTo("REFUNDED");

        var receipt = http.get("/api/v1/orders/" + id + "/receipt", manager);
        assertThat(receipt.json().at("/lines/0/refundedQuantity").asInt()).isEqualTo(3);
        var html = http.get("/api/v1/orders/" + id + "/receipt?format=html", manager);
        assertThat(html.body()).contains("Refunded: 3 of 3", "Refunded: 1 of 1");
        var pdf = http.get("/api/v1/orders/" + id + "/receipt?format=pdf", manager);
        assertThat(ReceiptFlowContract.pdfText(pdf.bytes())).contains("Refunded: 3 of 3");

        JsonNode exported = http.get(R + "/orders/export?format=json", manager).json();
        assertThat(exported).hasSize(1);
        assertThat(exported.at("/0/lines/0/refundedQuantity").asInt()).isEqualTo(3);
        var v2 = http.get(R + "/orders/export?format=csv&columns=v2", manager);
        assertThat(v2.status()).as(v2.body()).isEqualTo(200);
        List<org.apache.commons.csv.CSVRecord> rows = ExportFlowContract.csv(v2);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("itemName")).isEqualTo("Harbour Burger");
        assertThat(rows.getFirst().get("refundedQuantity")).isEqualTo("3");
        assertThat(rows.getFirst().get("stationIds")).isNotBlank();
        assertThat(rows.getFirst().get("taxIncluded")).isEqualTo("false");
        assertThat(rows.getFirst().get("taxes")).endsWith("% 5.01");
        assertThat(rows.getFirst().get("refunded")).isEqualTo("64.51");
        var v1 = http.get(R + "/orders/export?format=csv", manager);
        assertThat(v1.body().lines().findFirst().orElseThrow()).doesNotContain("refundedQuantity")
                .endsWith("refunded,currency,reason");
        var unknown = http.get(R + "/orders/export?format=csv&columns=v3", manager);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("columns");
        assertThat(http.get(R + "/orders/export?format=json&columns=v2", manager).status()).isEqualTo(400);
        String day = LocalDate.now(ZoneId.of("America/New_York")).toString();
        var summary = http.get(R + "/reports/summary?from=" + day + "&to=" + day, manager);
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        assertThat(summary.json().at("/sales/refunds").asLong()).isEqualTo(6451);
    }

    @Test
    void tenManagersRefundingTheSameLineAtOnce_neverRefundMoreThanItHas() throws Exception {
        Map<String, String> manager = manager();
        String id = acceptedOrder(manager);
        String burgers = order(id, manager).at("/lines/0/id").asText();

        List<Callable<HttpJson.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> refundLines(id, manager, List.of(Map.of("lineId", burgers, "quantity", 1))));
        }
        List<HttpJson.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (Future<HttpJson.Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<HttpJson.Response> refunded = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(201, 409, 422));
        assertThat(refunded).hasSizeBetween(1, 3);
        JsonNode after = order(id, manager);
        assertThat(after.at("/lines/0/refundedQuantity").asInt()).isEqualTo(refunded.size());
        assertThat(after.get("refunded").asLong())
                .isEqualTo(refunded.stream().mapToLong(answer -> answer.json().get("amount").asLong()).sum());
    }

    /**
     * A restaurant of two rates, tax added on top (docs/refunds.md, the worked example): a
     * schnitzel 14.50 at 7 % and two beers at 4.50 at 19 %, a 10 % service fee and a 2.00 tip.
     * Subtotal 2350, fee 235, tax 216 (19 % of the beers and the fee) + 102 (7 % of 1450), total
     * 3103, goods 2903. The beers give back 900 + their fee share 107 + their own 19 % tax 171 =
     * 1178, what they would have cost alone (990 x 1.19 = 1178.1), not the blended 1112.
     */
    @Test
    void refundingTheLineOfTheHigherRate_givesBackItsOwnTax_toTheCent() {
        Map<String, String> manager = manager();
        var set = http.patch(R + "/settings", """
                {"taxMode":"EXCLUSIVE","taxRates":[{"code":"standard","basisPoints":1900},{"code":"reduced","basisPoints":700}],
                 "serviceFeeBasisPoints":1000,"openingHours":null,"acceptingOrders":true,"minOrder":0}""", manager);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var menu = http.put(R + "/menu", """
                {"categories":[{"name":"Gasthaus","items":[
                  {"name":"Schnitzel","price":1450,"taxCode":"REDUCED"},
                  {"name":"Bier","price":450}]}]}""", manager);
        assertThat(menu.status()).as(menu.body()).isEqualTo(200);
        JsonNode items = http.get(R + "/menu").json().at("/categories/0/items");
        JsonNode placed = placeOrder(Map.of("lines", List.of(
                        Map.of("menuItemId", items.get(0).get("id").asText(), "quantity", 1),
                        Map.of("menuItemId", items.get(1).get("id").asText(), "quantity", 2)),
                "fulfillment", Map.of("type", "PICKUP"), "tip", 200));
        String id = placed.get("id").asText();
        var accepted = move(id, manager, "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode order = accepted.json();
        assertThat(order.get("total").asLong()).isEqualTo(3103);
        assertThat(order.get("taxes").toString()).isEqualTo(
                "[{\"code\":\"standard\",\"basisPoints\":1900,\"taxable\":1135,\"amount\":216},"
                        + "{\"code\":\"reduced\",\"basisPoints\":700,\"taxable\":1450,\"amount\":102}]");
        String schnitzel = order.at("/lines/0/id").asText();
        String beers = order.at("/lines/1/id").asText();

        var oneBeer = http.post("/api/v1/orders/" + id + "/refunds/preview",
                HttpJson.json(Map.of("lines", List.of(Map.of("lineId", beers, "quantity", 1)))), manager);
        assertThat(oneBeer.status()).as(oneBeer.body()).isEqualTo(200);
        assertThat(oneBeer.json().get("amount").asLong()).isEqualTo(589);

        var refunded = refundLines(id, manager, List.of(Map.of("lineId", beers, "quantity", 2)));
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(201);
        assertThat(refunded.json().get("amount").asLong()).isEqualTo(1178);
        assertThat(order(id, manager).get("refunded").asLong()).isEqualTo(1178);

        var rest = refundLines(id, manager, List.of(Map.of("lineId", schnitzel, "quantity", 1)));
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(rest.json().get("amount").asLong()).isEqualTo(1450 + 173 + 102);
        assertThat(order(id, manager).get("refunded").asLong()).isEqualTo(3103 - 200);
    }
}
