package dev.chit.bootstrap.e2e;

import dev.chit.adapters.payment.stripe.StripeStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The server killed ({@code kill -9}) while Stripe carries out each kind of call whose answer it
 * then never reads: a checkout's create, an accept's capture, a reject's cancel and a refund.
 * Stripe (a stand-in that remembers, as the real one does) applied every one of them. A new
 * server on the same database finishes each with the same idempotency key: every PaymentIntent
 * ends captured, cancelled or refunded once, the intent of the checkout that never stored its
 * order is cancelled (nothing is left authorized without an order), and the guest who retries
 * that checkout with the same {@code Idempotency-Key} gets one order.
 */
class PostgresStripeServerKilledTest extends ChitProcessOnPostgres {

    private static final String SECRET = "sk_test_fake-e2e-secret-never-shown";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final StripeStandIn stripe = new StripeStandIn();

    @AfterEach
    void stopStripe() {
        stripe.close();
    }

    private Map<String, String> settings(Duration settleEvery) {
        return Map.of(
                "CHIT_DEMO_DATA", "true",
                "CHIT_PAYMENT_GATEWAY", "stripe",
                "CHIT_STRIPE_SECRET_KEY", SECRET,
                "CHIT_STRIPE_API_BASE", stripe.apiBase().toString(),
                "CHIT_PAYMENT_SETTLE_INTERVAL_SECONDS", Long.toString(settleEvery.toSeconds()),
                "CHIT_PAYMENT_SETTLE_UNPLACED_SECONDS", "15",
                "CHIT_IDEMPOTENCY_LEASE_SECONDS", "3");
    }

    @Test
    void everyCallStripeAppliedBeforeTheKill_isFinishedOnce_byTheNextServer(@TempDir Path temp) throws Exception {
        Path log = temp.resolve("chit.log");
        // The first server never settles by itself: what it started, the second one finishes.
        ChitProcess first = ChitProcess.start(database.settings(), 0, log, settings(Duration.ofHours(1)));
        ChitProcess second = null;
        try {
            HttpJson http = new HttpJson(first.baseUri());
            Map<String, String> manager = signIn(http);
            String toCapture = placed(http, UUID.randomUUID().toString());
            String toReject = placed(http, UUID.randomUUID().toString());
            String toRefund = placed(http, UUID.randomUUID().toString());
            accept(http, manager, toRefund);
            String guestKey = UUID.randomUUID().toString();

            // Each call reaches Stripe, is carried out, and its answer is held back until after the kill.
            stripe.slowFor(Duration.ofSeconds(30));
            stripe.failNext(StripeStandIn.Fault.SLOW, 4);
            unanswered(() -> place(http, guestKey), "/v1/payment_intents");
            unanswered(() -> move(http, manager, toCapture, "ACCEPTED", Map.of("prepMinutes", 15)), "/capture");
            unanswered(() -> move(http, manager, toReject, "REJECTED", Map.of("reason", "out of buns")), "/cancel");
            unanswered(() -> http.post("/api/v1/orders/" + toRefund + "/refunds",
                    HttpJson.json(Map.of("amount", 500, "reason", "cold fries")), manager), "/v1/refunds");
            first.kill();

            second = ChitProcess.start(database.settings(), first.port(), log, settings(Duration.ofSeconds(1)));
            HttpJson again = new HttpJson(second.baseUri());
            String lostCheckout = lostCheckoutOrderId();
            awaitTrue(() -> pendingOperations().isEmpty(), "no payment operation pending");

            assertThat(stripe.applied("create")).as("intents created: three orders and the lost checkout")
                    .isEqualTo(4);
            assertThat(stripe.applied("capture")).as("captures: the refunded order and the accepted one").isEqualTo(2);
            assertThat(stripe.applied("cancel")).as("cancels: the rejected order and the lost checkout").isEqualTo(2);
            assertThat(stripe.applied("refund")).as("refunds").isEqualTo(1);

            assertThat(intentStatus(toCapture)).isEqualTo("succeeded");
            assertThat(paymentStatus(toCapture)).isEqualTo("CAPTURED");
            assertThat(intentStatus(toReject)).isEqualTo("canceled");
            assertThat(paymentStatus(toReject)).isEqualTo("VOIDED");
            assertThat(paymentStatus(toRefund)).isEqualTo("PARTIALLY_REFUNDED");
            var refunded = again.get("/api/v1/orders/" + toRefund, signIn(again));
            assertThat(refunded.json().get("refunded").asLong()).as(refunded.body()).isEqualTo(500);
            assertThat(orderExists(lostCheckout)).as("the lost checkout's order was never stored").isFalse();
            assertThat(intentStatus(lostCheckout)).as("the lost checkout's intent, released").isEqualTo("canceled");

            // The guest retries with the same key once the dead server's claim has lapsed: one order.
            HttpJson.Response retried = awaitAnswer(() -> place(again, guestKey), 201);
            String guestOrder = retried.json().get("id").asText();
            assertThat(guestOrder).isNotEqualTo(lostCheckout);
            assertThat(place(again, guestKey).json().get("id").asText()).as("replayed").isEqualTo(guestOrder);
            assertThat(intentStatus(guestOrder)).isEqualTo("requires_capture");
            assertThat(stripe.applied("create")).isEqualTo(5);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static Map<String, String> signIn(HttpJson http) {
        var signedIn = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", SignedInFlow.MANAGER_EMAIL,
                "password", SignedInFlow.MANAGER_PASSWORD)), Map.of());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + signedIn.json().get("token").asText());
    }

    private static HttpJson.Response place(HttpJson http, String key) {
        String checkout = CheckoutFlowContract.order(CheckoutFlowContract.cart(), "PM")
                .replace("\"token\":\"PM\"", "\"paymentMethod\":\"pm_card_visa\"");
        return http.post("/api/v1/orders", checkout, Map.of("Idempotency-Key", key));
    }

    private static String placed(HttpJson http, String key) {
        var placed = place(http, key);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private static HttpJson.Response move(HttpJson http, Map<String, String> as, String orderId, String to,
                                          Map<String, Object> more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(more);
        body.put("to", to);
        return http.post("/api/v1/orders/" + orderId + "/transitions", HttpJson.json(body), as);
    }

    private static void accept(HttpJson http, Map<String, String> manager, String orderId) {
        var accepted = move(http, manager, orderId, "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    /** Sends the request on its own thread and returns once Stripe has the call it makes. */
    private void unanswered(java.util.function.Supplier<HttpJson.Response> request, String stripePath) {
        int received = stripe.received().size();
        CompletableFuture.runAsync(() -> {
            try {
                request.get();
            } catch (RuntimeException killedMeanwhile) {
                // The server dies before it answers: that is the point.
            }
        });
        awaitTrue(() -> stripe.received().stream().skip(received).anyMatch(call -> call.path().endsWith(stripePath)),
                "Stripe received " + stripePath);
    }

    private String lostCheckoutOrderId() {
        return stripe.received().stream().filter(call -> call.path().equals("/v1/payment_intents"))
                .reduce((first, last) -> last).map(call -> call.form().get("metadata[chit_order_id]"))
                .orElseThrow();
    }

    private String intentStatus(String orderId) throws SQLException {
        return String.valueOf(stripe.intent(intentOf(orderId)).orElseThrow().get("status"));
    }

    private String intentOf(String orderId) throws SQLException {
        return query("SELECT authorization_id FROM payment_operations WHERE order_id = ? AND authorization_id IS NOT NULL",
                orderId).orElseThrow(() -> new AssertionError("no intent recorded for order " + orderId));
    }

    private String paymentStatus(String orderId) throws SQLException {
        return query("SELECT payment_status FROM orders WHERE id = ?", orderId).orElseThrow();
    }

    private boolean orderExists(String orderId) throws SQLException {
        return query("SELECT id FROM orders WHERE id = ?", orderId).isPresent();
    }

    private Optional<String> query(String sql, String orderId) throws SQLException {
        try (Connection direct = connect(); PreparedStatement statement = direct.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(orderId));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private List<String> pendingOperations() {
        List<String> pending = new ArrayList<>();
        try (Connection direct = connect(); PreparedStatement statement = direct.prepareStatement(
                "SELECT kind, order_id FROM payment_operations WHERE state = 'PENDING'");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                pending.add(rows.getString(1) + " of " + rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pending;
    }

    private static HttpJson.Response awaitAnswer(java.util.function.Supplier<HttpJson.Response> request, int status) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpJson.Response last = request.get();
        while (last.status() != status) {
            if (System.nanoTime() > deadline) {
                fail("still " + last.status() + " after " + PATIENCE + ": " + last.body());
            }
            sleep();
            last = request.get();
        }
        return last;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + PATIENCE + ": " + what);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
