package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.chit.adapters.notification.SmtpSettings;
import dev.chit.adapters.payment.stripe.StripeStandIn;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.MailSettings;
import dev.chit.bootstrap.PaymentSettings;
import dev.chit.bootstrap.StripeKeys;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stripe's webhook over HTTP against the whole server, Stripe's stand-in on loopback and a real
 * SMTP server (GreenMail): only events signed with the endpoint's secret, lately, are read; each
 * is acted on once; the guest's bank's answer places or cancels an order that waited for it
 * (whichever of the webhook and the guest's confirmation comes first), a refund made in Stripe's
 * dashboard is followed without counting Chit's own refunds twice, and a dispute shows on the
 * order and is emailed to the managers.
 */
abstract class StripeWebhookContract extends SignedInFlow {

    private static final String SIGNING_SECRET = "whsec_test_fakeE2eSigningSecret";
    private static final String EVENTS = "/api/v1/payments/stripe/events";
    private static final long TOTAL = 3348;

    @RegisterExtension
    final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final StripeStandIn stripe = new StripeStandIn();

    @Override
    ChitSettings configure(ChitSettings defaults) {
        var smtp = new SmtpSettings("127.0.0.1", mail.getSmtp().getPort(), SmtpSettings.Security.NONE,
                Optional.empty(), "", "orders@chit.test", Duration.ofSeconds(5));
        return defaults.withPayment(PaymentSettings.defaults().withStripe(new StripeKeys("sk_test_fake-e2e-webhook",
                        Optional.of("pk_test_e2ePublishable"), Optional.of(SIGNING_SECRET), stripe.apiBase())))
                .withMail(MailSettings.through(smtp, Duration.ofMillis(200)));
    }

    @AfterEach
    void stopStripe() {
        stripe.close();
    }

    private record Checkout(String id, String intent, Map<String, String> guest, int status) {
    }

    private Checkout checkout(String paymentMethod) {
        Map<String, Object> body = new LinkedHashMap<>(CheckoutFlowContract.cart());
        body.put("restaurantId", RESTAURANT);
        body.put("customer", Map.of("name", "Ada Guest", "email", "ada@example.com", "phone", "+1 555 0100"));
        body.put("payment", Map.of("method", "card", "paymentMethod", paymentMethod));
        var placed = http.post("/api/v1/orders", HttpJson.json(body), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isIn(201, 202);
        String id = placed.json().get("id").asText();
        return new Checkout(id, stripe.intentOfOrder(id).orElseThrow(),
                Map.of("X-Order-Token", placed.json().get("accessToken").asText()), placed.status());
    }

    private Checkout accepted() {
        Checkout order = checkout("pm_card_visa");
        var accepted = move(order.id(), manager(), "ACCEPTED", Map.of("prepMinutes", 15));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("paymentStatus").asText()).isEqualTo("CAPTURED");
        return order;
    }

    private HttpJson.Response deliver(String event, String signature) {
        return http.raw("POST", EVENTS, "application/json; charset=utf-8", event.getBytes(StandardCharsets.UTF_8),
                Map.of("Stripe-Signature", signature));
    }

    private HttpJson.Response deliver(String event) {
        return deliver(event, StripeStandIn.signature(event, SIGNING_SECRET, Instant.now().getEpochSecond()));
    }

    private JsonNode order(Checkout checkout) {
        var seen = http.get("/api/v1/orders/" + checkout.id(), checkout.guest());
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        return seen.json();
    }

    private static void assertHandled(HttpJson.Response response, String outcome) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("outcome").asText()).isEqualTo(outcome);
    }

    private static void assertRefused(HttpJson.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/malformed-request");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("Stripe-Signature");
    }

    private List<MimeMessage> mailsAbout(String text, int atLeast) {
        await().atMost(Duration.ofSeconds(20)).until(() -> about(text).size() >= atLeast);
        return about(text);
    }

    private List<MimeMessage> about(String text) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().contains(text);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theBanksYes_placesTheAwaitingOrder_once_whetherTheWebhookOrTheGuestsConfirmationComesFirst() {
        Checkout order = checkout("pm_card_authenticationRequired");
        assertThat(order.status()).isEqualTo(202);
        stripe.authenticate(order.intent(), true);
        String event = stripe.intentEvent("payment_intent.amount_capturable_updated", order.intent());

        var first = deliver(event);
        JsonNode placed = order(order);
        var confirmed = http.post("/api/v1/orders/" + order.id() + "/payment/confirm", "", order.guest());
        var replayed = deliver(event);

        assertHandled(first, "handled");
        assertThat(placed.get("status").asText()).isEqualTo("PLACED");
        assertThat(placed.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(placed.get("number").isNumber()).isTrue();
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("number").asLong()).isEqualTo(placed.get("number").asLong());
        assertThat(confirmed.json().get("version").asLong()).isEqualTo(placed.get("version").asLong());
        assertHandled(replayed, "duplicate");
        // The guest's "placed" email is written with order.created: one, though the bank's yes came twice
        // and the guest confirmed too. The accepted email comes after it through the same outbox.
        assertThat(move(order.id(), manager(), "ACCEPTED", Map.of("prepMinutes", 10)).status()).isEqualTo(200);
        mailsAbout("accepted", 1);
        assertThat(about("placed")).hasSize(1);
    }

    @Test
    void theWebhookRepeatedAndTheGuestsConfirmation_allAtOnce_placeTheOrderOnce() throws Exception {
        Checkout order = checkout("pm_card_authenticationRequired");
        stripe.authenticate(order.intent(), true);
        String event = stripe.intentEvent("payment_intent.amount_capturable_updated", order.intent());
        List<Callable<HttpJson.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> deliver(event));
            calls.add(() -> http.post("/api/v1/orders/" + order.id() + "/payment/confirm", "", order.guest()));
        }
        List<HttpJson.Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<HttpJson.Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        assertThat(answers).filteredOn(answer -> answer.body().contains("\"outcome\":\"handled\"")).hasSize(1);
        JsonNode placed = order(order);
        assertThat(placed.get("status").asText()).isEqualTo("PLACED");
        assertThat(move(order.id(), manager(), "ACCEPTED", Map.of("prepMinutes", 10)).status()).isEqualTo(200);
        mailsAbout("accepted", 1);
        assertThat(about("placed")).as("order.created once").hasSize(1);
    }

    @Test
    void aConfirmationFirst_leavesTheWebhookNothingToDo() {
        Checkout order = checkout("pm_card_authenticationRequired");
        stripe.authenticate(order.intent(), true);
        var confirmed = http.post("/api/v1/orders/" + order.id() + "/payment/confirm", "", order.guest());

        var late = deliver(stripe.intentEvent("payment_intent.amount_capturable_updated", order.intent()));

        assertHandled(late, "handled");
        assertThat(order(order).get("number").asLong()).isEqualTo(confirmed.json().get("number").asLong());
        assertThat(order(order).get("version").asLong()).isEqualTo(confirmed.json().get("version").asLong());
    }

    @Test
    void theBanksNo_cancelsTheAwaitingOrder_asPaymentFailed() {
        Checkout order = checkout("pm_card_authenticationRequired");
        stripe.authenticate(order.intent(), false);

        assertHandled(deliver(stripe.intentEvent("payment_intent.payment_failed", order.intent())), "handled");

        JsonNode cancelled = order(order);
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("number").isNull()).isTrue();
        assertThat(cancelled.at("/history").findValuesAsText("reason")).contains("payment-failed");
    }

    @Test
    void signaturesThatProveNothing_are400_andChangeNothing() {
        Checkout order = checkout("pm_card_authenticationRequired");
        stripe.authenticate(order.intent(), true);
        String event = stripe.intentEvent("payment_intent.amount_capturable_updated", order.intent());
        long now = Instant.now().getEpochSecond();

        assertRefused(deliver(event, StripeStandIn.signature(event, "whsec_fake-someone-elses-secret", now)));
        assertRefused(deliver(event, StripeStandIn.signature(event, SIGNING_SECRET, now - 301)));
        assertRefused(deliver(event.replace("\"status\":\"requires_capture\"", "\"status\":\"succeeded\""),
                StripeStandIn.signature(event, SIGNING_SECRET, now)));
        var unsigned = http.raw("POST", EVENTS, "application/json", event.getBytes(StandardCharsets.UTF_8), Map.of());
        assertRefused(unsigned);
        assertThat(unsigned.json().at("/errors/0/code").asText()).isEqualTo("missing");

        assertThat(order(order).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        // Refused, the event was not recorded: signed properly, it is acted on.
        assertHandled(deliver(event), "handled");
        assertThat(order(order).get("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void aRefundInStripesDashboard_isFollowed_withoutCountingChitsOwnRefundsTwice() {
        Checkout order = accepted();
        var ours = http.post("/api/v1/orders/" + order.id() + "/refunds",
                HttpJson.json(Map.of("amount", 500, "reason", "cold fries")), manager());
        assertThat(ours.status()).as(ours.body()).isEqualTo(201);

        assertHandled(deliver(stripe.chargeRefunded(order.intent())), "handled");
        JsonNode afterOurs = order(order);
        stripe.refundInDashboard(order.intent(), 700);
        String dashboard = stripe.chargeRefunded(order.intent());
        assertHandled(deliver(dashboard), "handled");
        JsonNode afterDashboard = order(order);
        assertHandled(deliver(dashboard), "duplicate");

        assertThat(afterOurs.get("refunded").asLong()).as("Chit's own refund, not counted twice").isEqualTo(500);
        assertThat(afterOurs.at("/history").findValuesAsText("reason")).doesNotContain("refunded-in-stripe");
        assertThat(afterDashboard.get("refunded").asLong()).isEqualTo(1200);
        assertThat(afterDashboard.get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
        JsonNode entry = afterDashboard.get("history").get(afterDashboard.get("history").size() - 1);
        assertThat(entry.get("reason").asText()).isEqualTo("refunded-in-stripe");
        assertThat(entry.get("from").asText()).isEqualTo("ACCEPTED");
        assertThat(entry.get("to").asText()).isEqualTo("ACCEPTED");
        assertThat(entry.at("/actor/type").asText()).isEqualTo("SYSTEM");
        assertThat(order(order).get("refunded").asLong()).as("after the duplicate").isEqualTo(1200);

        stripe.refundInDashboard(order.intent(), TOTAL - 1200);
        assertHandled(deliver(stripe.chargeRefunded(order.intent())), "handled");
        assertThat(order(order).get("paymentStatus").asText()).isEqualTo("REFUNDED");
        assertThat(order(order).get("refunded").asLong()).isEqualTo(TOTAL);
    }

    @Test
    void aDispute_showsOnTheOrder_andIsEmailedToTheManagers_once() {
        Checkout order = accepted();
        String dispute = stripe.disputeCreated(order.intent());

        assertHandled(deliver(dispute), "handled");
        assertHandled(deliver(dispute), "duplicate");

        JsonNode disputed = order(order);
        assertThat(disputed.get("disputed").asBoolean()).isTrue();
        var listed = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders?limit=200", manager());
        assertThat(listed.json().get("items").findValues("disputed").stream().filter(JsonNode::asBoolean).count())
                .isEqualTo(1);
        List<MimeMessage> alerts = mailsAbout("disputed", 1);
        assertThat(alerts).hasSize(1);
        try {
            assertThat(alerts.getFirst().getAllRecipients()[0].toString()).isEqualTo(MANAGER_EMAIL);
            assertThat(alerts.getFirst().getSubject()).contains("#" + disputed.get("number").asLong());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        var export = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders/export?format=json", manager());
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains("\"disputed\":true");
        var csv = http.get("/api/v1/restaurants/" + RESTAURANT + "/orders/export?format=csv&rows=orders&columns=v2", manager());
        assertThat(csv.body().lines().findFirst().orElseThrow()).endsWith(",disputed");
        assertThat(csv.body().lines().filter(row -> row.startsWith(order.id())).toList())
                .singleElement().asString().endsWith(",true");
    }

    @Test
    void eventsOfIntentsChitDoesNotKnow_andOfOtherTypes_are200_andChangeNothing() {
        Checkout order = checkout("pm_card_authenticationRequired");

        assertHandled(deliver(stripe.foreignIntentEvent("payment_intent.amount_capturable_updated")), "unknown-order");
        assertHandled(deliver(stripe.foreignIntentEvent("payment_intent.created")), "ignored");

        assertThat(order(order).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    }
}
