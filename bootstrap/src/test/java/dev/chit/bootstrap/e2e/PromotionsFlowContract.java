package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promo codes over HTTP (docs/menu-and-pricing.md, "Promotions"): managed by the restaurant's
 * managers, applied in quotes and checkouts with the contract's refusal codes, never redeemed
 * beyond their maximum however many checkouts run at once, and given back when an order is
 * rejected. The demo cart's subtotal is 1450 + 250 (medium rare, bacon) + 2 x 550 = 2800.
 */
abstract class PromotionsFlowContract extends SignedInFlow {

    private static final String PROMOTIONS = "/api/v1/restaurants/" + RESTAURANT + "/promotions";
    private static final String QUOTES = "/api/v1/restaurants/" + RESTAURANT + "/quotes";

    private JsonNode create(Map<String, String> manager, String body) {
        var created = http.post(PROMOTIONS, body, manager);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Map<String, Object> cartWith(String promoCode) {
        Map<String, Object> cart = new LinkedHashMap<>(CheckoutFlowContract.cart());
        cart.put("promoCode", promoCode);
        return cart;
    }

    private HttpJson.Response quote(String promoCode) {
        return http.post(QUOTES, HttpJson.json(cartWith(promoCode)), Map.of());
    }

    private HttpJson.Response checkout(String promoCode, String email) {
        Map<String, Object> body = new LinkedHashMap<>(cartWith(promoCode));
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", email));
        body.put("payment", Map.of("method", "card", "token", "tok_visa"));
        return http.post("/api/v1/orders", HttpJson.json(body), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private long redemptions(Map<String, String> manager, String id) {
        for (JsonNode promotion : http.get(PROMOTIONS, manager).json().get("items")) {
            if (promotion.get("id").asText().equals(id)) {
                return promotion.get("redemptions").asLong();
            }
        }
        throw new AssertionError("no promotion " + id);
    }

    private static String refusal(HttpJson.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("promoCode");
        return response.json().at("/errors/0/code").asText();
    }

    @Test
    void aManagersCode_discountsTheQuoteAndTheOrder_whichKeepsItThroughLaterChanges() {
        Map<String, String> manager = manager();
        JsonNode promotion = create(manager, """
                {"code":"Welcome10","kind":"PERCENT","value":10,"minSubtotal":2000,"maxRedemptions":100}""");
        assertThat(promotion.get("redemptions").asLong()).isZero();
        assertThat(promotion.get("active").asBoolean()).isTrue();
        String id = promotion.get("id").asText();

        var quote = quote("welcome10");
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        assertThat(quote.json().get("discount").asLong()).isEqualTo(280);
        assertThat(quote.json().get("promotion").toString())
                .isEqualTo("{\"code\":\"Welcome10\",\"kind\":\"PERCENT\",\"value\":10}");
        var plain = http.post(QUOTES, HttpJson.json(CheckoutFlowContract.cart()), Map.of()).json();
        assertThat(plain.get("discount").asLong()).isZero();
        assertThat(plain.get("promotion").isNull()).isTrue();
        // The service fee and tax are worked out on the discounted subtotal, so less of both.
        assertThat(quote.json().get("total").asLong()).isLessThan(plain.get("total").asLong() - 280);

        var placed = checkout("WELCOME10", "ada@example.com");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        assertThat(order.get("discount").asLong()).isEqualTo(280);
        assertThat(order.get("total").asLong()).isEqualTo(quote.json().get("total").asLong());
        assertThat(order.at("/promotion/code").asText()).isEqualTo("Welcome10");
        assertThat(redemptions(manager, id)).isEqualTo(1);

        var changed = http.patch(PROMOTIONS + "/" + id, "{\"kind\":\"AMOUNT\",\"value\":5,\"active\":false}", manager);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("minSubtotal").asLong()).isEqualTo(2000);
        assertThat(changed.json().get("redemptions").asLong()).isEqualTo(1);
        JsonNode again = http.get("/api/v1/orders/" + order.get("id").asText(), manager).json();
        assertThat(again.get("discount").asLong()).isEqualTo(280);
        assertThat(again.get("promotion").toString())
                .isEqualTo("{\"code\":\"Welcome10\",\"kind\":\"PERCENT\",\"value\":10}");
        assertThat(refusal(quote("welcome10"))).isEqualTo("promo-inactive");

        assertThat(http.delete(PROMOTIONS + "/" + id, manager).status()).isEqualTo(204);
        assertThat(http.delete(PROMOTIONS + "/" + id, manager).status()).isEqualTo(404);
        assertThat(refusal(quote("welcome10"))).isEqualTo("promo-unknown");
        assertThat(http.get("/api/v1/orders/" + order.get("id").asText(), manager).json().at("/promotion/code").asText())
                .isEqualTo("Welcome10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"kind\":\"PERCENT\",\"value\":10}|code",
            "{\"code\":\"has space\",\"kind\":\"PERCENT\",\"value\":10}|code",
            "{\"code\":\"A\",\"kind\":\"PERCENT\",\"value\":101}|value",
            "{\"code\":\"A\",\"kind\":\"PERCENT\",\"value\":0}|value",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":0}|value",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":\"5\"}|value",
            "{\"code\":\"A\",\"kind\":\"HALF\",\"value\":5}|kind",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"startsAt\":\"2026-06-01T00:00:00Z\",\"endsAt\":\"2026-06-01T00:00:00Z\"}|endsAt",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"endsAt\":\"tomorrow\"}|endsAt",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"minSubtotal\":-1}|minSubtotal",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"maxRedemptions\":0}|maxRedemptions",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"maxPerCustomer\":0}|maxPerCustomer",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"active\":null}|active",
            "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5,\"colour\":\"red\"}|colour",
            "{\"code\":\"summer\",\"kind\":\"AMOUNT\",\"value\":5}|code"})
    void badTerms_are422NamingTheField_andNothingIsStored(String body, String field) {
        Map<String, String> manager = manager();
        create(manager, "{\"code\":\"SUMMER\",\"kind\":\"AMOUNT\",\"value\":100}");
        String before = http.get(PROMOTIONS, manager).body();

        var refused = http.post(PROMOTIONS, body, manager);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(http.get(PROMOTIONS, manager).body()).isEqualTo(before);
    }

    @Test
    void aBadChange_is422_andTheCodeStaysAsItWas() {
        Map<String, String> manager = manager();
        String id = create(manager, "{\"code\":\"SUMMER\",\"kind\":\"PERCENT\",\"value\":10}").get("id").asText();
        create(manager, "{\"code\":\"WINTER\",\"kind\":\"PERCENT\",\"value\":10}");
        String before = http.get(PROMOTIONS, manager).body();

        assertThat(http.patch(PROMOTIONS + "/" + id, "{\"value\":200}", manager).status()).isEqualTo(422);
        var taken = http.patch(PROMOTIONS + "/" + id, "{\"code\":\"winter\"}", manager);
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.json().at("/errors/0/field").asText()).isEqualTo("code");
        assertThat(http.get(PROMOTIONS, manager).body()).isEqualTo(before);
        assertThat(http.patch(PROMOTIONS + "/" + UUID.randomUUID(), "{\"value\":5}", manager).status()).isEqualTo(404);
    }

    @Test
    void staffWhoDoNotManage_areRefused_andGuestsMustSignIn() {
        Map<String, String> cook = newCook();

        assertThat(http.get(PROMOTIONS, cook).status()).isEqualTo(403);
        assertThat(http.post(PROMOTIONS, "{\"code\":\"A\",\"kind\":\"AMOUNT\",\"value\":5}", cook).status())
                .isEqualTo(403);
        assertThat(http.get(PROMOTIONS, Map.of()).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/restaurants/" + UUID.randomUUID() + "/promotions", manager()).status())
                .isEqualTo(404);
    }

    @Test
    void aCodeThatDoesNotApply_isRefusedWithItsReason() {
        Map<String, String> manager = manager();
        create(manager, "{\"code\":\"PAUSED\",\"kind\":\"PERCENT\",\"value\":10,\"active\":false}");
        create(manager, "{\"code\":\"OVER\",\"kind\":\"PERCENT\",\"value\":10,\"endsAt\":\"2020-01-01T00:00:00Z\"}");
        create(manager, "{\"code\":\"LATER\",\"kind\":\"PERCENT\",\"value\":10,\"startsAt\":\"2099-01-01T00:00:00Z\"}");
        create(manager, "{\"code\":\"BIGSPEND\",\"kind\":\"AMOUNT\",\"value\":500,\"minSubtotal\":2801}");
        create(manager, "{\"code\":\"ONCE\",\"kind\":\"AMOUNT\",\"value\":100,\"maxRedemptions\":1}");
        create(manager, "{\"code\":\"EACHONCE\",\"kind\":\"AMOUNT\",\"value\":100,\"maxPerCustomer\":1}");
        create(manager, "{\"code\":\"FIRST\",\"kind\":\"AMOUNT\",\"value\":100,\"firstOrderOnly\":true}");

        assertThat(refusal(quote("NOSUCH"))).isEqualTo("promo-unknown");
        assertThat(refusal(quote("paused"))).isEqualTo("promo-inactive");
        assertThat(refusal(quote("over"))).isEqualTo("promo-expired");
        assertThat(refusal(quote("later"))).isEqualTo("promo-expired");
        assertThat(refusal(quote("bigspend"))).isEqualTo("promo-min-subtotal");
        assertThat(checkout("ONCE", "ada@example.com").status()).isEqualTo(201);
        assertThat(refusal(checkout("ONCE", "bo@example.com"))).isEqualTo("promo-exhausted");
        assertThat(checkout("EACHONCE", "ada@example.com").status()).isEqualTo(201);
        assertThat(refusal(checkout("EACHONCE", "ADA@Example.com"))).isEqualTo("promo-not-eligible");
        assertThat(checkout("EACHONCE", "cy@example.com").status()).isEqualTo(201);
        // Ada has ordered already; Dee has not.
        assertThat(refusal(checkout("FIRST", "Ada@example.com"))).isEqualTo("promo-not-eligible");
        assertThat(checkout("FIRST", "dee@example.com").status()).isEqualTo(201);
        assertThat(refusal(checkout("FIRST", "dee@example.com"))).isEqualTo("promo-not-eligible");
    }

    @Test
    void twentyCheckoutsAtOnce_onACodeWithFiveLeft_placeExactlyFive() throws Exception {
        Map<String, String> manager = manager();
        String id = create(manager, "{\"code\":\"FIVE\",\"kind\":\"AMOUNT\",\"value\":100,\"maxRedemptions\":5}")
                .get("id").asText();
        int guests = 20;
        CyclicBarrier start = new CyclicBarrier(guests);
        List<Future<HttpJson.Response>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(guests)) {
            for (int guest = 0; guest < guests; guest++) {
                String email = "guest" + guest + "@example.com";
                sent.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return checkout("five", email);
                }));
            }
            List<HttpJson.Response> answers = new ArrayList<>();
            for (Future<HttpJson.Response> answer : sent) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(5);
            assertThat(answers).filteredOn(answer -> answer.status() != 201)
                    .allSatisfy(answer -> assertThat(refusal(answer)).isEqualTo("promo-exhausted"));
        }
        assertThat(redemptions(manager, id)).isEqualTo(5);
    }

    @Test
    void aRejectedOrder_givesItsRedemptionBack() {
        Map<String, String> manager = manager();
        String id = create(manager, "{\"code\":\"LAST\",\"kind\":\"PERCENT\",\"value\":50,\"maxRedemptions\":1}")
                .get("id").asText();
        var placed = checkout("LAST", "ada@example.com");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(refusal(checkout("LAST", "bo@example.com"))).isEqualTo("promo-exhausted");

        var rejected = move(placed.json().get("id").asText(), manager, "REJECTED", Map.of("reason", "out of buns"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        assertThat(redemptions(manager, id)).isZero();
        assertThat(checkout("LAST", "bo@example.com").status()).isEqualTo(201);
        assertThat(redemptions(manager, id)).isEqualTo(1);
    }

    @Test
    void theSalesSummary_showsTheDiscountsByCode_ofTheOrdersThatCount() {
        Map<String, String> manager = manager();
        create(manager, "{\"code\":\"TENOFF\",\"kind\":\"PERCENT\",\"value\":10}");
        create(manager, "{\"code\":\"DOLLAR\",\"kind\":\"AMOUNT\",\"value\":100}");
        for (String code : List.of("tenoff", "TenOff", "dollar")) {
            var placed = checkout(code, "ada@example.com");
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            assertThat(move(placed.json().get("id").asText(), manager, "ACCEPTED").status()).isEqualTo(200);
        }
        // Not accepted: it does not count for sales.
        assertThat(checkout("dollar", "bo@example.com").status()).isEqualTo(201);
        String day = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString();

        var summary = http.get("/api/v1/restaurants/" + RESTAURANT + "/reports/summary?from=" + day + "&to=" + day,
                manager);

        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        assertThat(summary.json().get("discountsByCode").toString()).isEqualTo(
                "[{\"code\":\"TENOFF\",\"orders\":2,\"discount\":560},"
                        + "{\"code\":\"DOLLAR\",\"orders\":1,\"discount\":100}]");
        assertThat(summary.json().at("/sales/discounts").asLong()).isEqualTo(660);
    }
}
