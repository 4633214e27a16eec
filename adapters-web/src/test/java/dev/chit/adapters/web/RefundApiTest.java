package dev.chit.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.web.fixtures.Carts;
import dev.chit.adapters.web.fixtures.TestApi;
import dev.chit.application.access.Caller;
import dev.chit.domain.order.Actor;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentStatus;
import dev.chit.domain.order.TransitionRequest;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Membership;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.chit.adapters.web.fixtures.Kitchen.DINER;
import static dev.chit.adapters.web.fixtures.Kitchen.NOW;
import static dev.chit.adapters.web.fixtures.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /orders/{orderId}/refunds}: managers of the order's restaurant give money back. */
class RefundApiTest {

    private static final Map<String, Caller> CALLERS = Map.of(
            "manager", caller(Role.MANAGER, DINER),
            "cook", caller(Role.STAFF, DINER),
            "elsewhere", caller(Role.MANAGER, new RestaurantId(UUID.randomUUID())));

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        api.callers.putAll(CALLERS);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Caller caller(Role role, RestaurantId at) {
        return new Caller(new UserId(UUID.randomUUID()), role.name().toLowerCase() + "@example.com", "Sam", false,
                List.of(new Membership(at, role)));
    }

    /** An order placed over HTTP, then accepted and captured as the kitchen's move would. */
    private static OrderId capturedOrder() {
        JsonNode placed = json(api.postJson("/api/v1/orders", Carts.CHECKOUT, "Idempotency-Key", "k-" + UUID.randomUUID()));
        OrderId orderId = new OrderId(UUID.fromString(placed.get("id").asText()));
        Order order = api.orders.find(orderId).orElseThrow();
        Order accepted = order.transition(TransitionRequest.to(OrderStatus.ACCEPTED).withPrepTime(Duration.ofMinutes(10)),
                Actor.staff(UUID.randomUUID()), NOW).order();
        api.orders.update(accepted.captured(NOW).order());
        return orderId;
    }

    private static HttpResponse<String> refund(OrderId orderId, String body, String... headers) {
        return api.postJson("/api/v1/orders/" + orderId + "/refunds", body, headers);
    }

    @Test
    void aManager_refundsPartOfTheOrder_andGetsTheRefund() {
        OrderId orderId = capturedOrder();

        HttpResponse<String> response = refund(orderId, "{\"amount\":500,\"reason\":\"cold fries\"}",
                TestApi.CALLER_HEADER, "manager");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode refund = json(response);
        List<String> fields = new ArrayList<>();
        refund.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "orderId", "amount", "currency", "reason", "createdAt");
        assertThat(refund.get("orderId").asText()).isEqualTo(orderId.toString());
        assertThat(refund.get("amount").asLong()).isEqualTo(500);
        assertThat(refund.get("currency").asText()).isEqualTo("USD");
        assertThat(refund.get("reason").asText()).isEqualTo("cold fries");
        assertThat(refund.get("createdAt").asText()).isEqualTo(NOW.toString());
        Order order = api.orders.find(orderId).orElseThrow();
        assertThat(order.refunded().minorUnits()).isEqualTo(500);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(api.network.calls("refund")).extracting(call -> call.amount()).contains(500L);
    }

    @Test
    void moreThanWasCaptured_is422_onTheAmount() {
        OrderId orderId = capturedOrder();

        HttpResponse<String> response = refund(orderId, "{\"amount\":999999,\"reason\":\"all of it\"}",
                TestApi.CALLER_HEADER, "manager");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("amount");
        assertThat(json(response).get("errors").get(0).get("code").asText()).isEqualTo("refund-not-allowed");
    }

    @Test
    void theSameIdempotencyKey_answersWithTheFirstRefund() {
        OrderId orderId = capturedOrder();
        String body = "{\"amount\":300,\"reason\":\"late\"}";

        JsonNode first = json(refund(orderId, body, TestApi.CALLER_HEADER, "manager", "Idempotency-Key", "refund-1"));
        HttpResponse<String> again = refund(orderId, body, TestApi.CALLER_HEADER, "manager", "Idempotency-Key", "refund-1");
        HttpResponse<String> other = refund(orderId, "{\"amount\":301,\"reason\":\"late\"}",
                TestApi.CALLER_HEADER, "manager", "Idempotency-Key", "refund-1");

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(again).get("id")).isEqualTo(first.get("id"));
        assertThat(api.orders.find(orderId).orElseThrow().refunded().minorUnits()).isEqualTo(300);
        assertThat(other.statusCode()).isEqualTo(409);
    }

    @Test
    void whoMayRefund_staff403_anotherRestaurant404_nobody401() {
        OrderId orderId = capturedOrder();
        String body = "{\"amount\":100,\"reason\":\"x\"}";

        assertThat(refund(orderId, body).statusCode()).isEqualTo(401);
        assertThat(refund(orderId, body, TestApi.CALLER_HEADER, "cook").statusCode()).isEqualTo(403);
        assertThat(refund(orderId, body, TestApi.CALLER_HEADER, "elsewhere").statusCode()).isEqualTo(404);
        assertThat(refund(new OrderId(UUID.randomUUID()), body, TestApi.CALLER_HEADER, "manager").statusCode()).isEqualTo(404);
        assertThat(api.orders.find(orderId).orElseThrow().refunded().isZero()).isTrue();
    }

    @Test
    void aMissingReason_is422_andAnAmountInTextIs400() {
        OrderId orderId = capturedOrder();

        HttpResponse<String> noReason = refund(orderId, "{\"amount\":100}", TestApi.CALLER_HEADER, "manager");
        HttpResponse<String> textAmount = refund(orderId, "{\"amount\":\"100\",\"reason\":\"x\"}",
                TestApi.CALLER_HEADER, "manager");

        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(json(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(textAmount.statusCode()).isEqualTo(400);
    }
}
