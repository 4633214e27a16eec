package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.chit.adapters.notification.webhooks.WebhookSignature;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.domain.delivery.Attempt;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import dev.chit.bootstrap.WebhookSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end: the demo manager subscribes a receiver on this machine (the JDK's HTTP
 * server; private addresses allowed, as only tests should), a guest places an order, the
 * manager accepts it, and the receiver gets order.created then order.updated, signed.
 */
abstract class WebhookFlowContract {

    private record Received(String body, String signature) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    private TestDatabase database;
    private HttpServer receiver;
    private Chit chit;
    private HttpJson http;

    /** A fresh, empty database for one test. */
    abstract TestDatabase createDatabase();

    @BeforeEach
    void startReceiver() throws IOException {
        database = createDatabase();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("Chit-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        if (chit != null) {
            chit.close();
        }
        receiver.stop(0);
        if (database != null) {
            database.close();
        }
    }

    private void start(boolean allowPrivate) {
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.TRUE)
                .withWebhooks(new WebhookSettings(allowPrivate, Duration.ofMillis(200))));
        http = new HttpJson(chit.baseUri());
    }

    private Map<String, String> manager() {
        var response = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", SignedInFlow.MANAGER_EMAIL,
                "password", SignedInFlow.MANAGER_PASSWORD)), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + response.json().get("token").asText());
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static final String WEBHOOKS = "/api/v1/restaurants/" + SignedInFlow.RESTAURANT + "/webhooks";

    @Test
    void aDeliveryGivenUpOn_isListedForTheManager_andRetried_arrivesWithItsId() {
        start(true);
        down.set(true);
        String webhookId = http.post(WEBHOOKS, HttpJson.json(Map.of("url", hookUrl(),
                "events", List.of("order.created"))), manager()).json().get("id").asText();
        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get(WEBHOOKS + "/" + webhookId + "/deliveries",
                manager()).json().get("items").size() >= 1);
        // A day of failures, cut short: the queue gives up on it as its last retry would.
        try (Database direct = Database.open(database.settings())) {
            var claimed = direct.webhooks().claimDue(Instant.now().plus(Duration.ofDays(1)), Duration.ofMinutes(2), 10);
            assertThat(claimed).hasSize(1);
            assertThat(direct.webhooks().dead(claimed.getFirst(), new Attempt(Instant.now(), Optional.of(503),
                    Optional.of("answered 503")))).isTrue();
        }
        String undelivered = "/api/v1/restaurants/" + SignedInFlow.RESTAURANT + "/undelivered-webhooks";

        JsonNode dead = http.get(undelivered, manager()).json();
        assertThat(dead.get("items")).hasSize(1);
        assertThat(dead.get("nextCursor").isNull()).isTrue();
        JsonNode letter = dead.get("items").get(0);
        assertThat(letter.get("type").asText()).isEqualTo("order.created");
        assertThat(letter.get("subjectId").asText()).isEqualTo(webhookId);
        assertThat(letter.get("lastError").asText()).isEqualTo("answered 503");
        String deliveryId = letter.get("id").asText();

        down.set(false);
        var retried = http.post(undelivered + "/" + deliveryId + "/retry", "", manager());
        assertThat(retried.status()).as(retried.body()).isEqualTo(202);
        assertThat(retried.json().get("status").asText()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());

        assertThat(read(new ObjectMapper(), received.getFirst().body()).get("id").asText()).isEqualTo(deliveryId);
        assertThat(http.get(undelivered, manager()).json().get("items")).isEmpty();
        var again = http.post(undelivered + "/" + deliveryId + "/retry", "", manager());
        assertThat(again.status()).as("delivered, not dead").isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("/problems/conflict");
        assertThat(http.post(undelivered + "/" + UUID.randomUUID() + "/retry", "", manager()).status()).isEqualTo(404);
        JsonNode attempts = http.get(WEBHOOKS + "/" + webhookId + "/deliveries", manager()).json().get("items");
        assertThat(attempts.get(0).get("statusCode").asInt()).as("the newest attempt").isEqualTo(204);
        List<Integer> numbers = new java.util.ArrayList<>();
        attempts.forEach(attempt -> numbers.add(attempt.get("attempt").asInt()));
        assertThat(numbers).as("the history keeps every attempt, numbered over the delivery's life")
                .doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theReceiverGetsCreatedThenUpdated_signedWithTheSecret() throws Exception {
        start(true);
        var created = http.post(WEBHOOKS, HttpJson.json(Map.of("url", hookUrl(),
                "events", List.of("order.created", "order.updated"))), manager());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        String webhookId = created.json().get("id").asText();
        assertThat(secret).startsWith("whsec_");
        var listed = http.get(WEBHOOKS, manager());
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.json().get("items").get(0).has("secret")).as("shown once").isFalse();

        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(SignedInFlow.deliveryCart()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 1);
        var accepted = http.post("/api/v1/orders/" + orderId + "/transitions", HttpJson.json(Map.of("to", "ACCEPTED")),
                manager());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.stream()
                .anyMatch(got -> got.body().contains("\"ACCEPTED\"")));

        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(received.get(0).body());
        assertThat(first.get("type").asText()).isEqualTo("order.created");
        assertThat(first.get("data").get("order").get("id").asText()).isEqualTo(orderId);
        assertThat(first.get("data").get("order").get("status").asText()).isEqualTo("PLACED");
        JsonNode address = first.get("data").get("order").get("fulfillment").get("address");
        assertThat(address.get("line1").asText()).isEqualTo("1 Water St");
        assertThat(address.get("line2").asText()).isEqualTo("Apt 4B");
        assertThat(address.get("city").asText()).isEqualTo("Brooklyn");
        assertThat(address.get("region").asText()).isEqualTo("NY");
        assertThat(address.get("postalCode").asText()).isEqualTo("11201");
        assertThat(address.get("country").asText()).isEqualTo("US");
        assertThat(address.get("instructions").asText()).isEqualTo("ring twice");
        assertThat(Instant.parse(first.get("createdAt").asText())).isNotNull();
        JsonNode updated = received.stream().map(got -> read(mapper, got.body()))
                .filter(body -> body.get("data").get("order").get("status").asText().equals("ACCEPTED"))
                .findFirst().orElseThrow();
        assertThat(updated.get("type").asText()).isEqualTo("order.updated");
        assertThat(updated.get("id").asText()).isNotEqualTo(first.get("id").asText());
        for (Received got : received) {
            String[] parts = got.signature().split(",");
            String t = parts[0].substring("t=".length());
            assertThat(parts[1]).isEqualTo("v1=" + WebhookSignature.hmac(secret, t + "." + got.body()));
        }

        var attempts = http.get(WEBHOOKS + "/" + webhookId + "/deliveries", manager());
        assertThat(attempts.status()).as(attempts.body()).isEqualTo(200);
        assertThat(attempts.json().get("items").get(0).get("statusCode").asInt()).isEqualTo(204);
        assertThat(attempts.json().get("items").get(0).get("attempt").asInt()).isEqualTo(1);

        var removed = http.delete(WEBHOOKS + "/" + webhookId, manager());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(http.get(WEBHOOKS, manager()).json().get("items")).isEmpty();
    }

    @Test
    void aPrivateUrl_isRefused_unlessAllowed() {
        start(false);
        var refused = http.post(WEBHOOKS, HttpJson.json(Map.of("url", hookUrl(), "events", List.of("order.created"))),
                manager());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(http.get(WEBHOOKS, manager()).json().get("items")).isEmpty();
    }

    private static JsonNode read(ObjectMapper mapper, String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
