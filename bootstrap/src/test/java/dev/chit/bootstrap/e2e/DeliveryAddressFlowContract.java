package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery address in parts against the whole server: each missing or bad part is a 422
 * naming it, from the quote, the guest's checkout and the staff's counter order alike, with no
 * order made; a good one comes back in its parts, in the demo restaurant's country unless told.
 */
abstract class DeliveryAddressFlowContract extends SignedInFlow {

    private static final String QUOTES = "/api/v1/restaurants/" + RESTAURANT + "/quotes";
    private static final String ENTER = "/api/v1/restaurants/" + RESTAURANT + "/orders";

    static Stream<Arguments> badAddresses() {
        return Stream.of(
                Arguments.of(without("line1"), "line1", "required"),
                Arguments.of(without("city"), "city", "required"),
                Arguments.of(without("postalCode"), "postalCode", "required"),
                Arguments.of(with("line1", "   "), "line1", "required"),
                Arguments.of(with("line2", "x".repeat(201)), "line2", "too-long"),
                Arguments.of(with("city", "Brooklyn\nQueens"), "city", "control-characters"),
                Arguments.of(with("region", "N\u0007Y"), "region", "control-characters"),
                Arguments.of(with("postalCode", "112<01>"), "postalCode", "invalid"),
                Arguments.of(with("country", "USA"), "country", "invalid"),
                Arguments.of(with("country", "ZZ"), "country", "invalid"),
                Arguments.of(with("instructions", "x".repeat(501)), "instructions", "too-long"));
    }

    private static Map<String, Object> without(String part) {
        Map<String, Object> address = new LinkedHashMap<>(ADDRESS);
        address.remove(part);
        return address;
    }

    private static Map<String, Object> with(String part, String value) {
        Map<String, Object> address = new LinkedHashMap<>(ADDRESS);
        address.put(part, value);
        return address;
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("badAddresses")
    void aBadPart_isA422NamingIt_fromQuoteCheckoutAndCounter_andNoOrderIsMade(Map<String, Object> address,
                                                                             String part, String code) {
        Map<String, Object> cart = deliveryCart(address);
        Map<String, String> boss = manager();
        long ordersBefore = orderCount(boss);

        var quoted = http.post(QUOTES, HttpJson.json(cart), Map.of());
        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(cart),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        var entered = http.post(ENTER, counterOrder(cart), with(boss, "Idempotency-Key", UUID.randomUUID().toString()));

        for (HttpJson.Response refused : new HttpJson.Response[] {quoted, placed, entered}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText() + " " + e.get("code").asText())
                    .containsExactly("fulfillment.address." + part + " " + code);
        }
        assertThat(orderCount(boss)).isEqualTo(ordersBefore);
    }

    @Test
    void aDeliveryWithoutAnAddress_andAPickupWithOne_areRefused() {
        Map<String, Object> noAddress = new LinkedHashMap<>(CheckoutFlowContract.cart());
        noAddress.put("fulfillment", Map.of("type", "DELIVERY"));
        Map<String, Object> pickupWithAddress = new LinkedHashMap<>(CheckoutFlowContract.cart());
        pickupWithAddress.put("fulfillment", Map.of("type", "PICKUP", "address", ADDRESS));

        assertThat(fieldsOf(http.post(QUOTES, HttpJson.json(noAddress), Map.of()))).containsExactly("fulfillment.address");
        assertThat(fieldsOf(http.post(QUOTES, HttpJson.json(pickupWithAddress), Map.of())))
                .containsExactly("fulfillment.address");
    }

    @Test
    void everyBadPart_isNamedInOneAnswer() {
        Map<String, Object> address = Map.of("line2", "x".repeat(201), "country", "XX");

        var quoted = http.post(QUOTES, HttpJson.json(deliveryCart(address)), Map.of());

        assertThat(fieldsOf(quoted)).containsExactly("fulfillment.address.line1", "fulfillment.address.line2",
                "fulfillment.address.city", "fulfillment.address.postalCode", "fulfillment.address.country");
    }

    @Test
    void anAddressAsOneText_isMalformed() {
        var quoted = http.post(QUOTES, HttpJson.json(deliveryCart(Map.of())).replace("{}", "\"1 Water St\""), Map.of());

        assertThat(quoted.status()).as(quoted.body()).isEqualTo(400);
    }

    @Test
    void aGoodAddress_comesBackInItsParts_inTheRestaurantsCountry_onTheOrderAndItsReceipt() {
        JsonNode placed = placeOrder(deliveryCart());
        String id = placed.get("id").asText();
        Map<String, String> guest = Map.of("X-Order-Token", placed.get("accessToken").asText());

        assertAddress(placed.at("/fulfillment/address"), "US");
        assertAddress(http.get("/api/v1/orders/" + id, guest).json().at("/fulfillment/address"), "US");
        assertAddress(http.get("/api/v1/orders/" + id + "/receipt", guest).json().at("/fulfillment/address"), "US");
        assertThat(http.get("/api/v1/orders/" + id + "/receipt?format=html", guest).body())
                .contains("Deliver to: 1 Water St<br>Apt 4B<br>Brooklyn, NY 11201<br>US",
                        "For the driver: ring twice");

        Map<String, Object> abroad = new LinkedHashMap<>(ADDRESS);
        abroad.put("country", "ca");
        assertAddress(placeOrder(deliveryCart(abroad)).at("/fulfillment/address"), "CA");
    }

    @Test
    void theStaffsCounterOrder_takesTheAddressToo() {
        var entered = http.post(ENTER, counterOrder(deliveryCart()),
                with(manager(), "Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertAddress(entered.json().at("/fulfillment/address"), "US");
    }

    private static void assertAddress(JsonNode address, String country) {
        assertThat(address.get("line1").asText()).isEqualTo("1 Water St");
        assertThat(address.get("line2").asText()).isEqualTo("Apt 4B");
        assertThat(address.get("city").asText()).isEqualTo("Brooklyn");
        assertThat(address.get("region").asText()).isEqualTo("NY");
        assertThat(address.get("postalCode").asText()).isEqualTo("11201");
        assertThat(address.get("country").asText()).isEqualTo(country);
        assertThat(address.get("instructions").asText()).isEqualTo("ring twice");
    }

    private static String counterOrder(Map<String, Object> cart) {
        Map<String, Object> body = new LinkedHashMap<>(cart);
        body.put("customer", Map.of("name", "Walk In", "email", "walkin@example.com"));
        body.put("payment", Map.of("method", "in_person"));
        return HttpJson.json(body);
    }

    private long orderCount(Map<String, String> as) {
        var board = http.get(ENTER + "?limit=200&scheduled=include&status=PLACED,ACCEPTED", as);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json().get("items").size();
    }

    private static java.util.List<String> fieldsOf(HttpJson.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        java.util.List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
