package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.export.SalesReportPrinter;
import dev.chit.adapters.persistence.Database;
import dev.chit.application.reports.MakeScheduledReports;
import dev.chit.application.reports.ShowSalesSummary;
import dev.chit.application.support.TimeOrderedIds;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.WebhookSettings;
import dev.chit.bootstrap.e2e.RouteAccess.Audience;
import dev.chit.bootstrap.e2e.RouteAccess.Call;
import dev.chit.bootstrap.e2e.RouteAccess.CallerKind;
import dev.chit.bootstrap.e2e.RouteAccess.Expectation;
import dev.chit.domain.delivery.Attempt;
import dev.chit.domain.delivery.Leased;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.port.DeliveryQueue;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportSchedule;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookEventType;
import dev.chit.domain.webhook.WebhookId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.chit.bootstrap.e2e.RouteAccess.Audience.ADMIN;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.GUEST;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.GUEST_OR_STAFF;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.MANAGER;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.PUBLIC;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.SIGNED_IN;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.PRINTER;
import static dev.chit.bootstrap.e2e.RouteAccess.Audience.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the route table, tried by every kind of caller: anonymous, the guest of another
 * order, staff and a manager of another restaurant, staff where a manager is needed, an admin,
 * and the one the route is for. Each must get the answer API.md names (401 without credentials,
 * 403 for the known but not allowed, 404 for what the caller may not see). The table of
 * expectations and the routes the server has must be the same set: a route added without an
 * entry here fails this test.
 */
abstract class AccessMatrixContract extends SignedInFlow {

    private static final String A = "/api/v1/restaurants/" + RESTAURANT;
    private static final String LOGOUT = "POST /api/v1/auth/logout";
    private static final Map<Integer, String> PROBLEM_TYPES = Map.of(401, "/problems/unauthenticated",
            403, "/problems/forbidden", 404, "/problems/not-found");

    @Override
    ChitSettings configure(ChitSettings defaults) {
        // Webhook targets on this machine; nothing listens there, which no route here minds.
        return defaults.withWebhooks(new WebhookSettings(true, Duration.ofHours(1)));
    }

    /** The expectation of every route, by "METHOD path template". */
    static Map<String, Expectation> expectations() {
        Map<String, Expectation> all = new TreeMap<>();
        all.put("POST /api/v1/auth/login", new Expectation(PUBLIC, 200, f -> Call.to("/api/v1/auth/login")
                .body(Map.of("email", f.spareEmail, "password", PASSWORD))));
        all.put(LOGOUT, new Expectation(SIGNED_IN, 204, f -> Call.to("/api/v1/auth/logout")));
        all.put("GET /api/v1/auth/me", new Expectation(SIGNED_IN, 200, f -> Call.to("/api/v1/auth/me")));

        all.put("GET /api/v1/restaurants", new Expectation(PUBLIC, 200, f -> Call.to("/api/v1/restaurants")));
        all.put("POST /api/v1/restaurants", new Expectation(ADMIN, 201, f -> Call.to("/api/v1/restaurants")
                .body(Map.of("name", "Opened " + UUID.randomUUID(), "currency", "USD",
                        "timezone", "America/New_York"))));
        all.put("GET /api/v1/restaurants/{restaurantId}", new Expectation(STAFF, 200, f -> Call.to(A)));
        all.put("PATCH /api/v1/restaurants/{restaurantId}/settings", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/settings").body(Map.of("defaultPrepMinutes", 15))));
        all.put("GET /api/v1/restaurants/{restaurantId}/menu", new Expectation(PUBLIC, 200, f -> Call.to(A + "/menu")));
        all.put("PUT /api/v1/restaurants/{restaurantId}/menu", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/menu").body(Map.of("categories", f.menu.get("categories")))));

        all.put("PUT /api/v1/restaurants/{restaurantId}/menu/items/{itemId}/photo", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/menu/items/" + f.itemWithPhoto() + "/photo")
                        .upload("image/png", TestImages.png(40, 30, false))));
        all.put("DELETE /api/v1/restaurants/{restaurantId}/menu/items/{itemId}/photo", new Expectation(MANAGER, 204,
                f -> Call.to(A + "/menu/items/" + f.photographed() + "/photo")));
        all.put("GET /api/v1/photos/{hash}", new Expectation(PUBLIC, 200, f -> Call.to(f.photo)));
        all.put("PATCH /api/v1/restaurants/{restaurantId}/menu/items/{itemId}", new Expectation(STAFF, 204,
                f -> Call.to(A + "/menu/items/" + f.menu.at("/categories/1/items/0/id").asText())
                        .body(Map.of("stock", 50))));

        all.put("GET /api/v1/restaurants/{restaurantId}/promotions", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/promotions")));
        all.put("POST /api/v1/restaurants/{restaurantId}/promotions", new Expectation(MANAGER, 201,
                f -> Call.to(A + "/promotions").body(f.promotionBody())));
        all.put("PATCH /api/v1/restaurants/{restaurantId}/promotions/{promotionId}", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/promotions/" + f.promotionAtA()).body(Map.of("active", false))));
        all.put("DELETE /api/v1/restaurants/{restaurantId}/promotions/{promotionId}", new Expectation(MANAGER, 204,
                f -> Call.to(A + "/promotions/" + f.promotionAtA())));

        all.put("GET /api/v1/restaurants/{restaurantId}/staff", new Expectation(MANAGER, 200, f -> Call.to(A + "/staff")));
        all.put("POST /api/v1/restaurants/{restaurantId}/staff", new Expectation(MANAGER, 201,
                f -> Call.to(A + "/staff").body(Map.of("email", "new-" + UUID.randomUUID() + "@demo.chit.local",
                        "name", "Nia New", "password", PASSWORD, "role", "STAFF"))));
        all.put("DELETE /api/v1/restaurants/{restaurantId}/staff/{userId}", new Expectation(MANAGER, 204,
                f -> Call.to(A + "/staff/" + f.hireAtA())));

        all.put("GET /api/v1/restaurants/{restaurantId}/webhooks", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/webhooks")));
        all.put("POST /api/v1/restaurants/{restaurantId}/webhooks", new Expectation(MANAGER, 201,
                f -> Call.to(A + "/webhooks").body(f.webhookBody())));
        all.put("DELETE /api/v1/restaurants/{restaurantId}/webhooks/{webhookId}", new Expectation(MANAGER, 204,
                f -> Call.to(A + "/webhooks/" + f.webhookAtA())));
        all.put("GET /api/v1/restaurants/{restaurantId}/webhooks/{webhookId}/deliveries", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/webhooks/" + f.webhook + "/deliveries")));

        all.put("GET /api/v1/restaurants/{restaurantId}/undelivered-emails", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/undelivered-emails")));
        all.put("POST /api/v1/restaurants/{restaurantId}/undelivered-emails/{id}/retry", new Expectation(MANAGER, 202,
                f -> Call.to(A + "/undelivered-emails/" + f.deadEmailAtA() + "/retry")));
        all.put("GET /api/v1/restaurants/{restaurantId}/undelivered-webhooks", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/undelivered-webhooks")));
        all.put("POST /api/v1/restaurants/{restaurantId}/undelivered-webhooks/{id}/retry", new Expectation(MANAGER,
                202, f -> Call.to(A + "/undelivered-webhooks/" + f.deadDeliveryAtA() + "/retry")));

        all.put("GET /api/v1/restaurants/{restaurantId}/printers", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/printers")));
        all.put("POST /api/v1/restaurants/{restaurantId}/printers", new Expectation(MANAGER, 201,
                f -> Call.to(A + "/printers").body(f.printerBody())));
        all.put("PATCH /api/v1/restaurants/{restaurantId}/printers/{printerId}", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/printers/" + f.printer).body(Map.of("copies", 2))));
        all.put("DELETE /api/v1/restaurants/{restaurantId}/printers/{printerId}", new Expectation(MANAGER, 204,
                f -> Call.to(A + "/printers/" + f.printerAtA())));
        all.put("POST /api/v1/restaurants/{restaurantId}/printers/{printerId}/test", new Expectation(MANAGER, 202,
                f -> Call.to(A + "/printers/" + f.printer + "/test")));
        all.put("GET /api/v1/restaurants/{restaurantId}/print-jobs", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/print-jobs?status=QUEUED")));
        all.put("POST /api/v1/orders/{orderId}/reprint", new Expectation(STAFF, 202,
                f -> Call.to("/api/v1/orders/" + f.accepted() + "/reprint").body(Map.of())));
        all.put("POST /cloudprnt/{printerId}", new Expectation(PRINTER, 200,
                f -> Call.to("/cloudprnt/" + f.cloudPrnt).body(Map.of("printerMAC", "00:11:62:00:00:01",
                        "statusCode", "200%20OK"))));
        all.put("GET /cloudprnt/{printerId}", new Expectation(PRINTER, 200,
                f -> Call.to("/cloudprnt/" + f.cloudPrnt + "?type=text/plain&token=" + f.cloudPrntToken())));
        all.put("DELETE /cloudprnt/{printerId}", new Expectation(PRINTER, 200,
                f -> Call.to("/cloudprnt/" + f.cloudPrnt + "?code=200%20OK&token=" + f.cloudPrntToken())));

        all.put("POST /api/v1/restaurants/{restaurantId}/quotes", new Expectation(PUBLIC, 200,
                f -> Call.to(A + "/quotes").body(CheckoutFlowContract.cart())));
        all.put("GET /api/v1/restaurants/{restaurantId}/slots", new Expectation(PUBLIC, 200,
                f -> Call.to(A + "/slots?date=" + LocalDate.now(Clock.systemUTC()).plusDays(1))));
        all.put("GET /api/v1/restaurants/{restaurantId}/orders", new Expectation(STAFF, 200, f -> Call.to(A + "/orders")));
        all.put("POST /api/v1/restaurants/{restaurantId}/orders", new Expectation(STAFF, 201,
                f -> Call.to(A + "/orders").body(paidInPerson()).header("Idempotency-Key", UUID.randomUUID().toString())));
        all.put("POST /api/v1/restaurants/{restaurantId}/orders/bulk-transitions", new Expectation(STAFF, 200,
                f -> Call.to(A + "/orders/bulk-transitions").body(Map.of("orderIds", List.of(f.placed().id()),
                        "to", "ACCEPTED", "prepMinutes", 10))));
        all.put("GET /api/v1/restaurants/{restaurantId}/orders/export", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/orders/export?format=csv")));
        all.put("GET /api/v1/restaurants/{restaurantId}/reports/summary", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/reports/summary?from=" + LocalDate.now(Clock.systemUTC()).minusDays(1)
                        + "&to=" + LocalDate.now(Clock.systemUTC()))));
        all.put("GET /api/v1/restaurants/{restaurantId}/stations", new Expectation(STAFF, 200,
                f -> Call.to(A + "/stations")));
        all.put("PUT /api/v1/restaurants/{restaurantId}/stations", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/stations").body(Map.of("stations", List.of(Map.of("name", "Grill",
                        "categoryNames", List.of("Burgers"), "default", true))))));
        all.put("GET /api/v1/restaurants/{restaurantId}/report-schedule", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/report-schedule")));
        all.put("PUT /api/v1/restaurants/{restaurantId}/report-schedule", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/report-schedule").body(Map.of("daily", true, "weekly", false,
                        "formats", List.of("csv"), "emailTo", List.of()))));
        all.put("GET /api/v1/restaurants/{restaurantId}/reports", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/reports")));
        all.put("GET /api/v1/restaurants/{restaurantId}/reports/{reportId}/download", new Expectation(MANAGER, 200,
                f -> Call.to(A + "/reports/" + f.report + "/download?format=csv")));

        all.put("POST /api/v1/orders", new Expectation(PUBLIC, 201, f -> Call.to("/api/v1/orders")
                .body(CheckoutFlowContract.order(CheckoutFlowContract.cart()))
                .header("Idempotency-Key", UUID.randomUUID().toString())));
        all.put("GET /api/v1/orders/{orderId}", new Expectation(GUEST_OR_STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.order.id()).forGuest(f.order.token())));
        all.put("GET /api/v1/orders/{orderId}/receipt", new Expectation(GUEST_OR_STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.order.id() + "/receipt?format=json").forGuest(f.order.token())));
        all.put("POST /api/v1/orders/{orderId}/cancel", new Expectation(GUEST, 200, f -> {
            Placed placed = f.placed();
            return Call.to("/api/v1/orders/" + placed.id() + "/cancel").body(Map.of("reason", "changed my mind"))
                    .forGuest(placed.token());
        }));
        // A placed order is answered as it is: the confirmation only moves one awaiting its payment.
        all.put("POST /api/v1/orders/{orderId}/payment/confirm", new Expectation(GUEST, 200,
                f -> Call.to("/api/v1/orders/" + f.order.id() + "/payment/confirm").forGuest(f.order.token())));
        // The sandbox's stand-in for the bank's check, answered by the guest of an order awaiting it.
        all.put("POST /api/v1/orders/{orderId}/payment/sandbox-authentication", new Expectation(GUEST, 204, f -> {
            Placed awaiting = f.awaitingTheBank();
            return Call.to("/api/v1/orders/" + awaiting.id() + "/payment/sandbox-authentication")
                    .body(Map.of("passed", true)).forGuest(awaiting.token());
        }));
        // Stripe's webhook is public; a server on the sandbox network has none to offer.
        all.put("POST /api/v1/payments/stripe/events", new Expectation(PUBLIC, 404,
                f -> Call.to("/api/v1/payments/stripe/events").body(Map.of("id", "evt_1", "type", "charge.refunded"))
                        .header("Stripe-Signature", "t=1,v1=00")));
        all.put("POST /api/v1/orders/{orderId}/transitions", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.placed().id() + "/transitions")
                        .body(Map.of("to", "ACCEPTED", "prepMinutes", 10))));
        all.put("GET /api/v1/orders/{orderId}/ticket", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.order.id() + "/ticket?format=html")));
        all.put("POST /api/v1/orders/{orderId}/delay", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.accepted() + "/delay").body(Map.of("minutes", 5))));
        all.put("POST /api/v1/orders/{orderId}/lines/{lineId}/bump", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.acceptedLine() + "/bump")));
        all.put("POST /api/v1/orders/{orderId}/lines/{lineId}/recall", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.bumped(f.acceptedLine()) + "/recall")));
        all.put("POST /api/v1/orders/{orderId}/stations/{stationId}/bump", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.accepted() + "/stations/" + KitchenFlowContract.GRILL + "/bump")));
        all.put("POST /api/v1/orders/{orderId}/stations/{stationId}/recall", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.bumped(f.accepted() + "/stations/" + KitchenFlowContract.GRILL)
                        + "/recall")));
        all.put("POST /api/v1/orders/{orderId}/recall", new Expectation(STAFF, 200,
                f -> Call.to("/api/v1/orders/" + f.ready() + "/recall").body(Map.of("reason", "wrong sauce"))));
        all.put("POST /api/v1/orders/{orderId}/refunds", new Expectation(MANAGER, 201,
                f -> Call.to("/api/v1/orders/" + f.accepted() + "/refunds")
                        .body(Map.of("amount", 100, "reason", "cold fries"))));
        all.put("POST /api/v1/orders/{orderId}/refunds/preview", new Expectation(MANAGER, 200, f -> {
            String id = f.accepted();
            return Call.to("/api/v1/orders/" + id + "/refunds/preview")
                    .body(Map.of("lines", List.of(Map.of("lineId", f.firstLineOf(id), "quantity", 1))));
        }));
        return all;
    }

    private static String paidInPerson() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("customer", Map.of("name", "Walk In", "email", "walkin@example.com"));
        body.put("payment", Map.of("method", "in_person"));
        return HttpJson.json(body);
    }

    record Placed(String id, String token) {
    }

    /** The world the matrix runs in: two restaurants, their people, orders and what they own. */
    final class Fixture {
        final Map<CallerKind, Map<String, String>> callers = new EnumMap<>(CallerKind.class);
        final Map<String, String> managerOfA;
        final Map<String, String> staffOfA;
        final String spareEmail = "spare-" + UUID.randomUUID() + "@demo.chit.local";
        final Placed order;
        final JsonNode menu;
        final String webhook;
        final String report;
        final String photo;
        final String printer;
        final String cloudPrnt;
        final Map<String, String> cloudPrntSignIn;

        Fixture() {
            managerOfA = manager();
            staffOfA = newCook();
            Map<String, String> admin = admin();
            var opened = http.post("/api/v1/restaurants", HttpJson.json(Map.of("name", "Elsewhere", "currency", "USD",
                    "timezone", "Europe/Lisbon")), admin);
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            String elsewhere = opened.json().get("id").asText();
            String managerElsewhere = "boss-" + UUID.randomUUID() + "@elsewhere.test";
            String staffElsewhere = "cook-" + UUID.randomUUID() + "@elsewhere.test";
            hire(admin, elsewhere, managerElsewhere, "MANAGER");
            hire(admin, elsewhere, staffElsewhere, "STAFF");
            hire(managerOfA, RESTAURANT, spareEmail, "STAFF");

            callers.put(CallerKind.ANONYMOUS, Map.of());
            callers.put(CallerKind.GUEST_OF_ANOTHER_ORDER, Map.of("X-Order-Token", placed().token()));
            callers.put(CallerKind.STAFF_ELSEWHERE, signIn(staffElsewhere, PASSWORD));
            callers.put(CallerKind.MANAGER_ELSEWHERE, signIn(managerElsewhere, PASSWORD));
            callers.put(CallerKind.STAFF_NOT_MANAGER, staffOfA);
            callers.put(CallerKind.ADMIN, admin);

            order = placed();
            menu = http.get(A + "/menu").json();
            webhook = webhookAtA();
            report = reportAtA();
            // On an item of its own: the routes that change photos use another one.
            photo = http.raw("PUT", A + "/menu/items/" + menu.at("/categories/0/items/1/id").asText() + "/photo",
                    "image/png", TestImages.png(40, 30, true), managerOfA).json().get("photoUrl").asText();
            printer = printerAtA();
            var cloud = http.post(A + "/printers", HttpJson.json(Map.of("name", "Bar",
                    "connection", Map.of("type", "cloudprnt"))), managerOfA);
            assertThat(cloud.status()).as(cloud.body()).isEqualTo(201);
            cloudPrnt = cloud.json().get("id").asText();
            cloudPrntSignIn = Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (cloud.json().at("/cloudprnt/username").asText() + ":" + cloud.json().at("/cloudprnt/password")
                            .asText()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        String itemWithPhoto() {
            return menu.at("/categories/0/items/0/id").asText();
        }

        /** An item of A given a photo now, for a caller to try to take it away. */
        String photographed() {
            var uploaded = http.raw("PUT", A + "/menu/items/" + itemWithPhoto() + "/photo", "image/png",
                    TestImages.png(30, 20, false), managerOfA);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
            return itemWithPhoto();
        }

        Map<String, Object> printerBody() {
            // Nothing listens on port 9 (discard): the jobs of this printer wait, which no route here minds.
            return Map.of("name", "Kitchen " + UUID.randomUUID(),
                    "connection", Map.of("type", "escpos-tcp", "host", "127.0.0.1", "port", 9));
        }

        String printerAtA() {
            var made = http.post(A + "/printers", HttpJson.json(printerBody()), managerOfA);
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            return made.json().get("id").asText();
        }

        /** A job handed out to the CloudPRNT printer (an order accepted for it, when none waits). */
        String cloudPrntToken() {
            JsonNode ready = poll();
            if (!ready.get("jobReady").asBoolean()) {
                accepted();
                ready = poll();
            }
            return ready.get("jobToken").asText();
        }

        private JsonNode poll() {
            var polled = http.post("/cloudprnt/" + cloudPrnt, HttpJson.json(Map.of("statusCode", "200 OK")),
                    cloudPrntSignIn);
            assertThat(polled.status()).as(polled.body()).isEqualTo(200);
            return polled.json();
        }

        Map<String, Object> promotionBody() {
            return Map.of("code", "TEN-" + UUID.randomUUID().toString().substring(0, 8), "kind", "PERCENT",
                    "value", 10, "active", true);
        }

        String promotionAtA() {
            var made = http.post(A + "/promotions", HttpJson.json(promotionBody()), managerOfA);
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            return made.json().get("id").asText();
        }

        /** An order whose card asks for the bank's check (3-D Secure): 202, awaiting it. */
        Placed awaitingTheBank() {
            var awaiting = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart(), "PM")
                    .replace("\"token\":\"PM\"", "\"paymentMethod\":\"pm_card_authenticationRequired\""),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(awaiting.status()).as(awaiting.body()).isEqualTo(202);
            return new Placed(awaiting.json().get("id").asText(), awaiting.json().get("accessToken").asText());
        }

        Placed placed() {
            JsonNode placed = placeOrder();
            return new Placed(placed.get("id").asText(), placed.get("accessToken").asText());
        }

        String accepted() {
            String id = placed().id();
            var accepted = move(id, staffOfA, "ACCEPTED", Map.of("prepMinutes", 10));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            return id;
        }

        String firstLineOf(String orderId) {
            var order = http.get("/api/v1/orders/" + orderId, managerOfA);
            assertThat(order.status()).as(order.body()).isEqualTo(200);
            return order.json().at("/lines/0/id").asText();
        }

        /** The first line of a new accepted order, as {@code orderId/lines/lineId}. */
        String acceptedLine() {
            String id = accepted();
            var order = http.get("/api/v1/orders/" + id, staffOfA).json();
            return id + "/lines/" + order.get("lines").get(0).get("id").asText();
        }

        /** Bumps {@code path} ({@code orderId/lines/lineId} or {@code orderId/stations/stationId}) and answers it. */
        String bumped(String path) {
            var bumped = http.post("/api/v1/orders/" + path + "/bump", "", staffOfA);
            assertThat(bumped.status()).as(bumped.body()).isEqualTo(200);
            return path;
        }

        /** A new order made READY by bumping its grill and bar lines. */
        String ready() {
            String id = accepted();
            bumped(id + "/stations/" + KitchenFlowContract.GRILL);
            bumped(id + "/stations/" + KitchenFlowContract.BAR);
            return id;
        }

        String hireAtA() {
            return hire(managerOfA, RESTAURANT, "leaving-" + UUID.randomUUID() + "@demo.chit.local", "STAFF")
                    .get("id").asText();
        }

        Map<String, Object> webhookBody() {
            return Map.of("url", "http://127.0.0.1:9/hooks/chit", "events", List.of("order.created"));
        }

        String webhookAtA() {
            var made = http.post(A + "/webhooks", HttpJson.json(webhookBody()), managerOfA);
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            return made.json().get("id").asText();
        }

        // Reports are made by the schedule's job, not by a route: a schedule that began days ago, run once.
        private String reportAtA() {
            try (Database direct = Database.open(testDatabase().settings())) {
                direct.reports().save(new ReportSchedule(new RestaurantId(UUID.fromString(RESTAURANT)), true, false,
                        Set.of(ReportFormat.CSV), List.of(), Instant.now().minus(Duration.ofDays(3))));
                Clock clock = Clock.systemUTC();
                new MakeScheduledReports(direct.reports(), direct.restaurants(),
                        new ShowSalesSummary(direct.restaurants(), direct.salesRecords(), new SalesReportPrinter()),
                        Optional.empty(), direct.transactions(), new TimeOrderedIds(clock), clock).makeDue();
            }
            var listed = http.get(A + "/reports?limit=1", managerOfA);
            assertThat(listed.status()).as(listed.body()).isEqualTo(200);
            return listed.json().at("/items/0/id").asText();
        }

        // The queues give up on a message only after a day of retries: here they are told to at once.
        String deadEmailAtA() {
            try (Database direct = Database.open(testDatabase().settings())) {
                UUID id = UUID.randomUUID();
                Instant now = Instant.now();
                direct.outbox().enqueue(OutboxMessage.pending(id, ManagerAlert.paused(
                        new RestaurantId(UUID.fromString(RESTAURANT)), MANAGER_EMAIL, 3, now), now));
                giveUp(direct.outbox());
                return id.toString();
            }
        }

        String deadDeliveryAtA() {
            try (Database direct = Database.open(testDatabase().settings())) {
                UUID id = UUID.randomUUID();
                direct.webhooks().enqueue(WebhookDelivery.pending(id, new WebhookId(UUID.fromString(webhook)),
                        WebhookEventType.ORDER_CREATED, "{\"id\":\"" + id + "\"}", Instant.now()));
                giveUp(direct.webhooks());
                return id.toString();
            }
        }

        private static <M extends dev.chit.domain.delivery.Queued> void giveUp(DeliveryQueue<M> queue) {
            for (Leased<M> leased : queue.claimDue(Instant.now().plus(Duration.ofDays(2)), Duration.ofMinutes(2), 1000)) {
                queue.dead(leased, new Attempt(Instant.now(), Optional.empty(), Optional.of("given up on")));
            }
        }

        Map<String, String> rightful(Audience audience, Call call) {
            return switch (audience) {
                case PUBLIC -> Map.of();
                case GUEST_OR_STAFF, GUEST -> Map.of("X-Order-Token", call.orderToken().orElseThrow());
                case SIGNED_IN, STAFF -> staffOfA;
                case MANAGER -> managerOfA;
                case ADMIN -> callers.get(CallerKind.ADMIN);
                case PRINTER -> cloudPrntSignIn;
            };
        }
    }

    @Test
    void everyRouteHasAnExpectation_andEveryCallerGetsTheAnswerApiMdNames() {
        Set<String> served = chit().routes().stream().map(route -> route.method() + " " + route.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Expectation> expectations = expectations();
        assertThat(expectations.keySet())
                .as("routes without an expectation: %s; expectations without a route: %s",
                        difference(served, expectations.keySet()), difference(expectations.keySet(), served))
                .isEqualTo(served);

        Fixture fixture = new Fixture();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        // Signing out last: each caller's sign-out ends the session the other routes use.
        List<String> routes = expectations.keySet().stream()
                .sorted(Comparator.comparing((String route) -> route.equals(LOGOUT)).thenComparing(route -> route))
                .toList();
        for (String route : routes) {
            Expectation expectation = expectations.get(route);
            String method = route.substring(0, route.indexOf(' '));
            for (CallerKind caller : CallerKind.values()) {
                if (!expectation.audience().tries(caller)) {
                    continue;
                }
                Call call = expectation.call().apply(fixture);
                Map<String, String> headers = new java.util.LinkedHashMap<>(call.headers());
                headers.putAll(caller == CallerKind.RIGHTFUL ? fixture.rightful(expectation.audience(), call)
                        : fixture.callers.get(caller));
                var response = call.upload().isPresent()
                        ? http.raw(method, call.path(), call.upload().get().contentType(), call.upload().get().bytes(),
                                headers)
                        : call.body().isPresent() ? http.send(method, call.path(), call.body().get(), headers)
                        : http.raw(method, call.path(), null, new byte[0], headers);
                int expected = expectation.audience().expected(caller, expectation.success());
                tried++;
                if (response.status() != expected) {
                    wrong.add(route + " as " + caller + ": expected " + expected + ", got " + response.status()
                            + " " + abbreviated(response.body()));
                } else if (expected >= 400) {
                    assertThat(response.header("Content-Type")).as(route + " as " + caller)
                            .startsWith("application/problem+json");
                    assertThat(response.json().get("type").asText()).as(route + " as " + caller)
                            .isEqualTo(PROBLEM_TYPES.get(expected));
                }
            }
        }
        assertThat(wrong).as("of %d calls, these answered wrongly", tried).isEmpty();
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> only = new TreeSet<>(left);
        only.removeAll(right);
        return only;
    }
}
