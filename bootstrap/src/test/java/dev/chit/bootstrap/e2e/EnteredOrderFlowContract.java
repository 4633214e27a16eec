package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders staff take on the phone or at the counter: placed and accepted at once, paid in person or by card. */
abstract class EnteredOrderFlowContract extends SignedInFlow {

    private static final String ENTER = "/api/v1/restaurants/" + RESTAURANT + "/orders";

    private static String paidInPerson() {
        Map<String, Object> body = new LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("customer", Map.of("name", "Walk In", "email", "walkin@example.com"));
        body.put("payment", Map.of("method", "in_person"));
        return HttpJson.json(body);
    }

    private static Map<String, String> keyed(Map<String, String> as) {
        return with(as, "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void aCounterOrderPaidInPerson_startsAcceptedAndUnpaid_byTheManager() {
        var entered = http.post(ENTER, paidInPerson(), keyed(manager()));

        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        JsonNode order = entered.json();
        assertThat(order.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(order.get("paymentStatus").asText()).isEqualTo("UNPAID");
        assertThat(order.get("history")).extracting(entry -> entry.get("to").asText())
                .containsExactly("PLACED", "ACCEPTED");
        assertThat(order.get("history")).allSatisfy(entry ->
                assertThat(entry.at("/actor/type").asText()).isEqualTo("STAFF"));
        assertThat(entered.header("Location")).endsWith("/orders/" + order.get("id").asText());
    }

    @Test
    void aGuest_getsA401() {
        var refused = http.post(ENTER, paidInPerson(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
    }

    @Test
    void staffOfAnotherRestaurant_getA404() {
        var admin = admin();
        var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Elsewhere", "currency", "USD",
                "timezone", "America/New_York", "address", "1 Test Street")), admin);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String email = "cook-" + UUID.randomUUID() + "@elsewhere.test";
        hire(admin, opened.json().get("id").asText(), email, "STAFF");

        var refused = http.post(ENTER, paidInPerson(), keyed(signIn(email, PASSWORD)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
    }

    @Test
    void paymentInPerson_isStillRefusedAtTheGuestsCheckout() {
        Map<String, Object> body = new LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", "ada@example.com"));
        body.put("payment", Map.of("method", "in_person"));

        var refused = http.post("/api/v1/orders", HttpJson.json(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    }
}
