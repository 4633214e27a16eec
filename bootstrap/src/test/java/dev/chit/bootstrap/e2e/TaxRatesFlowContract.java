package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tax rates per item and VAT-inclusive prices over HTTP (docs/menu-and-pricing.md): a café taxed
 * 19 % and 7 %, prices with VAT. The worked example: coffee 3.50 (19 %) and two croissants at
 * 2.50 (7 %) cost 8.50, of which 0.56 and 0.33 are VAT.
 */
abstract class TaxRatesFlowContract extends SignedInFlow {

    private static final String SETTINGS = "/api/v1/restaurants/" + RESTAURANT + "/settings";
    private static final String MENU = "/api/v1/restaurants/" + RESTAURANT + "/menu";

    private void inclusiveCafe(Map<String, String> manager) {
        var set = http.patch(SETTINGS, """
                {"taxMode":"INCLUSIVE","taxRates":[{"code":"standard","basisPoints":1900},{"code":"reduced","basisPoints":700}],
                 "serviceFeeBasisPoints":0,"openingHours":null,"acceptingOrders":true,"minOrder":0}""", manager);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var menu = http.put(MENU, """
                {"categories":[{"name":"Café","items":[
                  {"name":"Kaffee","price":350},
                  {"name":"Croissant","price":250,"taxCode":"REDUCED"}]}]}""", manager);
        assertThat(menu.status()).as(menu.body()).isEqualTo(200);
    }

    private Map<String, Object> cafeCart() {
        JsonNode items = http.get(MENU).json().at("/categories/0/items");
        return Map.of("lines", List.of(
                        Map.of("menuItemId", items.get(0).get("id").asText(), "quantity", 1),
                        Map.of("menuItemId", items.get(1).get("id").asText(), "quantity", 2)),
                "fulfillment", Map.of("type", "PICKUP"));
    }

    private static void assertCafeTaxes(JsonNode priced) {
        assertThat(priced.get("subtotal").asLong()).isEqualTo(850);
        assertThat(priced.get("total").asLong()).isEqualTo(850);
        assertThat(priced.get("tax").asLong()).isEqualTo(89);
        assertThat(priced.get("taxIncluded").asBoolean()).isTrue();
        assertThat(priced.get("taxes").toString()).isEqualTo(
                "[{\"code\":\"standard\",\"basisPoints\":1900,\"taxable\":350,\"amount\":56},"
                        + "{\"code\":\"reduced\",\"basisPoints\":700,\"taxable\":500,\"amount\":33}]");
    }

    @Test
    void aCafeWithVatInclusivePrices_quotesAndSellsAtTheMenuPrice_showingTheVatPerRate() {
        Map<String, String> manager = manager();
        inclusiveCafe(manager);

        JsonNode restaurant = http.get("/api/v1/restaurants/" + RESTAURANT, manager).json();
        assertThat(restaurant.get("taxMode").asText()).isEqualTo("INCLUSIVE");
        assertThat(restaurant.get("taxRateBasisPoints").asInt()).isEqualTo(1900);
        JsonNode menu = http.get(MENU).json();
        assertThat(menu.at("/restaurant/taxMode").asText()).isEqualTo("INCLUSIVE");
        assertThat(menu.at("/categories/0/items/0/taxCode").asText()).isEqualTo("standard");
        assertThat(menu.at("/categories/0/items/1/taxCode").asText()).isEqualTo("reduced");

        var quote = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes", HttpJson.json(cafeCart()), Map.of());
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        assertCafeTaxes(quote.json());

        JsonNode order = placeOrder(cafeCart());
        assertCafeTaxes(order);

        var receipt = http.get("/api/v1/orders/" + order.get("id").asText() + "/receipt?format=html",
                Map.of("X-Order-Token", order.get("accessToken").asText()));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).contains("incl. VAT 19 %").contains("incl. VAT 7 %");
    }

    @Test
    void aLaterChangeOfRatesOrMode_neverAltersAnOrderAlreadyPlaced() {
        Map<String, String> manager = manager();
        inclusiveCafe(manager);
        JsonNode order = placeOrder(cafeCart());

        var changed = http.patch(SETTINGS, "{\"taxMode\":\"EXCLUSIVE\",\"taxRates\":[{\"code\":\"VAT\",\"basisPoints\":2500}]}",
                manager);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("taxRateBasisPoints").asInt()).isEqualTo(2500);

        JsonNode again = http.get("/api/v1/orders/" + order.get("id").asText(), manager).json();
        assertCafeTaxes(again);
        var requote = http.post("/api/v1/restaurants/" + RESTAURANT + "/quotes", HttpJson.json(cafeCart()), Map.of());
        // The croissant's rate is gone: it pays the standard rate now, added on top.
        assertThat(requote.json().get("taxes").toString())
                .isEqualTo("[{\"code\":\"VAT\",\"basisPoints\":2500,\"taxable\":850,\"amount\":212}]");
        assertThat(requote.json().get("total").asLong()).isEqualTo(850 + 212);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"taxRates\":[]}|taxRates",
            "{\"taxRates\":[{\"code\":\"a\",\"basisPoints\":1},{\"code\":\"b\",\"basisPoints\":1},{\"code\":\"c\",\"basisPoints\":1},{\"code\":\"d\",\"basisPoints\":1},{\"code\":\"e\",\"basisPoints\":1},{\"code\":\"f\",\"basisPoints\":1}]}|taxRates",
            "{\"taxRates\":[{\"code\":\"vat\",\"basisPoints\":1900},{\"code\":\"VAT\",\"basisPoints\":700}]}|taxRates",
            "{\"taxRates\":[{\"code\":\"vat\",\"basisPoints\":10001}]}|taxRates[0].basisPoints",
            "{\"taxRates\":[{\"code\":\"vat\",\"basisPoints\":1900},{\"code\":\"no good\",\"basisPoints\":700}]}|taxRates[1].code",
            "{\"taxRates\":[{\"basisPoints\":700}]}|taxRates[0].code",
            "{\"taxMode\":null}|taxMode",
            "{\"taxRateBasisPoints\":-1,\"taxMode\":\"INCLUSIVE\"}|taxRateBasisPoints"})
    void badTaxSettings_are422NamingTheField_andChangeNothing(String body, String field) {
        Map<String, String> manager = manager();
        String before = http.get("/api/v1/restaurants/" + RESTAURANT, manager).body();

        var refused = http.patch(SETTINGS, body, manager);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(http.get("/api/v1/restaurants/" + RESTAURANT, manager).body()).isEqualTo(before);
    }

    @Test
    void anUnknownTaxMode_is400() {
        var refused = http.patch(SETTINGS, "{\"taxMode\":\"SIDEWAYS\"}", manager());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    }

    @Test
    void anItemNamingARateTheRestaurantHasNot_is422NamingIt_andTheMenuStaysAsItWas() {
        Map<String, String> manager = manager();
        String before = http.get(MENU).body();

        var refused = http.put(MENU, "{\"categories\":[{\"name\":\"Café\",\"items\":[{\"name\":\"Tea\",\"price\":300},"
                + "{\"name\":\"Cake\",\"price\":400,\"taxCode\":\"" + UUID.randomUUID().toString().substring(0, 8) + "\"}]}]}",
                manager);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("categories[0].items[1].taxCode");
        assertThat(http.get(MENU).body()).isEqualTo(before);
    }
}
