package dev.chit.adapters.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.chit.adapters.notification.SmtpSettings.Security;
import dev.chit.domain.checkout.DeliveryAddress;
import dev.chit.domain.checkout.Fulfillment;
import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestNoticeKind;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.ManagerEmail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real SMTP server (GreenMail, on a free port), reading what it received. */
class SmtpEmailSenderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpEmailSender sender() {
        return new SmtpEmailSender(new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), Security.NONE,
                Optional.empty(), "", "orders@chit.test", Duration.ofSeconds(5)));
    }

    @Test
    void aPlacedOrder_arrivesWithTheReceipt_fromTheRestaurant_inTextAndHtml() throws Exception {
        var order = GuestEmails.order("ada@example.com");
        var email = GuestEmails.email(GuestNoticeKind.PLACED, order);

        sender().send(email);

        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Order #42 placed at Harbour & <Grill>");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Harbour & <Grill>");
        assertThat(from.getAddress()).isEqualTo("orders@chit.test");
        assertThat(received.getAllRecipients()[0].toString()).contains("ada@example.com");
        assertThat(received.getMessageID()).isEqualTo("<" + email.messageId() + "@chit.test>");
        assertThat(received.getHeader(SmtpEmailSender.MESSAGE_ID_HEADER)[0]).isEqualTo(email.messageId().toString());

        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("1 x Harbour Burger (Bacon)", "note: no <pickles>", "2 x Lemonade  $11.50",
                "Subtotal: $28.00", "Tax: $2.48", "Tip: $3.00", "Total: $33.48", "Hello Ada \"<b>\" Guest");
        assertThat(html).contains("no &lt;pickles&gt;", "Harbour &amp; &lt;Grill&gt;", "Ada &quot;&lt;b&gt;&quot; Guest",
                "$33.48").doesNotContain("<pickles>", "<b>\"", "<Grill>");
    }

    @Test
    void aDelivery_tellsTheGuestWhereItGoes_inItsParts_whenPlacedAndWhenOnItsWay() throws Exception {
        var address = new DeliveryAddress("1 Water St", Optional.of("Apt <4B>"), Optional.of("Brooklyn"),
                Optional.of("NY"), Optional.of("11201"), Optional.of("US"), Optional.of("ring twice"));
        var order = GuestEmails.order("ada@example.com", Fulfillment.delivery(address));

        sender().send(GuestEmails.email(GuestNoticeKind.PLACED, order));
        sender().send(GuestEmails.email(GuestNoticeKind.OUT_FOR_DELIVERY, order));

        for (MimeMessage received : MAIL.getReceivedMessages()) {
            Multipart parts = (Multipart) received.getContent();
            // SMTP carries lines ending in CRLF.
            String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(text).as(received.getSubject())
                    .contains("Delivering to:\n1 Water St\nApt <4B>\nBrooklyn, NY 11201\nUS\nFor the driver: ring twice");
            assertThat(html).as(received.getSubject()).contains(
                    "<p>Delivering to:<br>1 Water St<br>Apt &lt;4B&gt;<br>Brooklyn, NY 11201<br>US<br>"
                            + "For the driver: ring twice</p>").doesNotContain("<4B>");
        }
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aPauseAlert_goesToTheManager_withTheTimeInTheRestaurantsZone() throws Exception {
        var alert = ManagerAlert.paused(GuestEmails.RESTAURANT.id(), "boss@example.com", 3,
                GuestEmails.PLACED_AT.plus(Duration.ofMinutes(30)));
        var email = new ManagerEmail(UUID.randomUUID(), alert, GuestEmails.RESTAURANT);

        sender().send(email);

        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Harbour & <Grill> paused itself after missed orders");
        assertThat(received.getAllRecipients()[0].toString()).contains("boss@example.com");
        assertThat(received.getHeader(SmtpEmailSender.MESSAGE_ID_HEADER)[0]).isEqualTo(email.messageId().toString());
        Multipart parts = (Multipart) received.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        // 00:00 UTC is 19:00 the day before in New York.
        assertThat(text).contains("missed 3 orders in a row",
                "until on Wednesday 25 November, 19:00 (America/New_York)");
        assertThat(html).contains("Harbour &amp; &lt;Grill&gt;").doesNotContain("<Grill>");
    }

    @Test
    void anUndeliveredAlert_namesTheOrderAndTheGuestsEmail() throws Exception {
        var alert = ManagerAlert.undelivered(GuestEmails.RESTAURANT.id(), "boss@example.com", 42, "ada@example.com");

        sender().send(new ManagerEmail(UUID.randomUUID(), alert, GuestEmails.RESTAURANT));

        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Order #42: the guest's email could not be sent");
        assertThat(received.getAllRecipients()[0].toString()).contains("boss@example.com");
        String text = (String) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("order #42", "ada@example.com");
    }

    @Test
    void anAcceptedOrder_tellsThePromiseInTheRestaurantsTimeZone() throws Exception {
        var order = GuestEmails.order("ada@example.com");

        sender().send(GuestEmails.email(GuestNoticeKind.ACCEPTED, order));

        MimeMessage received = MAIL.getReceivedMessages()[0];
        // Placed 23:30 UTC, ready 20 minutes later: 18:50 in New York.
        assertThat(received.getSubject()).startsWith("Order #42 accepted: ready on Wednesday 25 November, 18:50");
        String text = (String) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("18:50 (America/New_York)");
    }

    @Test
    void aCancelledOrder_saysWhyAndWhatHappensToTheMoney() throws Exception {
        var order = GuestEmails.order("ada@example.com");

        sender().send(GuestEmails.email(GuestNoticeKind.CANCELLED, order));

        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Order #42 cancelled");
        String text = (String) ((Multipart) received.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("Reason: fryer <broke>", "not charged", "$33.48");
    }

    @Test
    void noServer_isATemporaryFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new SmtpEmailSender(new SmtpSettings("127.0.0.1", closedPort, Security.NONE,
                Optional.empty(), "", "orders@chit.test", Duration.ofSeconds(2)));

        assertThatThrownBy(() -> unreachable.send(GuestEmails.email(GuestNoticeKind.READY,
                GuestEmails.order("ada@example.com"))))
                .isInstanceOfSatisfying(EmailNotDelivered.class, e -> assertThat(e.permanent()).isFalse());
    }
}
