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
}
