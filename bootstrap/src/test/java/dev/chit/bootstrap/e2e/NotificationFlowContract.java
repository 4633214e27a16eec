package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.chit.adapters.notification.SmtpSettings;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import dev.chit.bootstrap.MailSettings;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guest's emails end to end: the server with email on, sending to a real SMTP server
 * (GreenMail, on a free port), the order worked by the demo manager through the API, and the
 * server restarted between the moves.
 */
abstract class NotificationFlowContract {

    @RegisterExtension
    final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestDatabase database;
    private Chit chit;
    private HttpJson http;

    /** A fresh, empty database for one test. */
    abstract TestDatabase createDatabase();

    @BeforeEach
    void createTheDatabase() {
        database = createDatabase();
    }

    @AfterEach
    void stopChit() {
        if (chit != null) {
            chit.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void start() {
        var smtp = new SmtpSettings("127.0.0.1", mail.getSmtp().getPort(), SmtpSettings.Security.NONE,
                Optional.empty(), "", "orders@chit.test", Duration.ofSeconds(5));
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.TRUE)
                .withMail(MailSettings.through(smtp, Duration.ofMillis(200))));
        http = new HttpJson(chit.baseUri());
    }

    private void restart() {
        chit.close();
        chit = null;
        start();
    }

    private Map<String, String> manager() {
        var response = http.post("/api/v1/auth/login", HttpJson.json(Map.of("email", SignedInFlow.MANAGER_EMAIL,
                "password", SignedInFlow.MANAGER_PASSWORD)), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + response.json().get("token").asText());
    }

    private void move(String orderId, String to) {
        var moved = http.post("/api/v1/orders/" + orderId + "/transitions", HttpJson.json(Map.of("to", to)),
                manager());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private List<String> subjects(int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessages().length >= expected);
        return Arrays.stream(mail.getReceivedMessages()).map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theGuestHearsOfPlacedAcceptedAndReady_oncePerMove_acrossRestarts() throws Exception {
        start();
        var placed = http.post("/api/v1/orders", CheckoutFlowContract.order(CheckoutFlowContract.cart()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        String id = order.get("id").asText();
        String number = "#" + order.get("number").asLong();

        assertThat(subjects(1)).containsExactly("Order " + number + " placed at Harbour Lane Kitchen");
        restart();
        move(id, "ACCEPTED");
        assertThat(subjects(2).get(1)).startsWith("Order " + number + " accepted: ready on ");
        restart();
        move(id, "PREPARING");
        move(id, "READY");
        restart();
        move(id, "COMPLETED");
        assertThat(subjects(3).get(2)).isEqualTo("Order " + number + " is ready");

        // Preparing and completed say nothing, and nothing is sent twice.
        Thread.sleep(1000);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(this::messageId).distinct()).hasSize(3);

        MimeMessage first = received[0];
        assertThat(first.getAllRecipients()[0].toString()).contains("ada@example.com");
        assertThat(((InternetAddress) first.getFrom()[0]).getPersonal()).isEqualTo("Harbour Lane Kitchen");
        Multipart parts = (Multipart) first.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Harbour Burger", "Total: $");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<table");
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checkout of the usual cart by a guest whose customer part also has {@code locale}, if given. */
    private HttpJson.Response checkout(Optional<String> locale, Map<String, String> headers) {
        var body = new java.util.LinkedHashMap<String, Object>(CheckoutFlowContract.cart());
        body.put("restaurantId", CheckoutFlowContract.RESTAURANT);
        var customer = new java.util.LinkedHashMap<String, Object>(Map.of("name", "Greta Gast",
                "email", "greta@example.de"));
        locale.ifPresent(tag -> customer.put("locale", tag));
        body.put("customer", customer);
        body.put("payment", Map.of("method", "card", "token", "tok_visa"));
        return http.post("/api/v1/orders", HttpJson.json(body),
                SignedInFlow.with(headers, "Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    void aGermanGuestsEmailAndReceipt_areInGerman_withGermanMoney() throws Exception {
        start();
        var placed = checkout(Optional.of("de"), Map.of());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        assertThat(order.at("/customer/locale").asText()).isEqualTo("de");
        String number = "#" + order.get("number").asLong();
        java.text.NumberFormat german = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.GERMAN);
        german.setCurrency(java.util.Currency.getInstance("USD"));
        String total = german.format(order.get("total").asLong() / 100.0);

        assertThat(subjects(1)).containsExactly("Bestellung " + number + " bei Harbour Lane Kitchen aufgegeben");
        Multipart parts = (Multipart) mail.getReceivedMessages()[0].getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Hallo Greta Gast,", "Deine Bestellung:", "Zwischensumme", "Gesamt: " + total);

        var receipt = http.get("/api/v1/orders/" + order.get("id").asText() + "/receipt?format=html",
                Map.of("X-Order-Token", order.get("accessToken").asText()));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).contains("<html lang=\"de\">", "Zwischensumme", "Zahlung:", "Karte autorisiert",
                "Abholung", total);
        var pdf = http.get("/api/v1/orders/" + order.get("id").asText() + "/receipt?format=pdf",
                Map.of("X-Order-Token", order.get("accessToken").asText()));
        assertThat(pdf.status()).isEqualTo(200);
    }

    @Test
    void withoutALocale_theBrowsersLanguageIsKept_andAnUnknownOneIsRefused() {
        start();
        var spanish = checkout(Optional.empty(), Map.of("Accept-Language", "fr-FR, es-MX;q=0.8, de;q=0.5"));
        assertThat(spanish.status()).as(spanish.body()).isEqualTo(201);
        assertThat(spanish.json().at("/customer/locale").asText()).isEqualTo("es");

        var english = checkout(Optional.empty(), Map.of("Accept-Language", "fr, it;q=0.5"));
        assertThat(english.json().at("/customer/locale").asText()).isEqualTo("en");

        var refused = checkout(Optional.of("fr"), Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("customer.locale");
    }
}
