package dev.chit.adapters.notification;

import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.port.EmailSender;
import dev.chit.domain.notification.ReportEmail;
import dev.chit.domain.report.ReportFormat;
import dev.chit.domain.report.ReportKind;
import dev.chit.domain.report.StoredReport;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Part;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends the guest's emails to an SMTP server with Angus Mail: multipart/alternative (plain
 * text, then HTML), or for a scheduled report multipart/mixed (the text, then its files), from the restaurant's name at the configured address, with the outbox
 * message's id as {@code Message-ID} (and {@code X-Chit-Message-Id}), so that a retry after a
 * lost answer can be recognised as the same email.
 */
public final class SmtpEmailSender implements EmailSender {

    /** The header that carries the outbox message's id as is. */
    public static final String MESSAGE_ID_HEADER = "X-Chit-Message-Id";

    private final SmtpSettings settings;
    private final Session session;
    private final GuestEmailWriter writer = new GuestEmailWriter();

    public SmtpEmailSender(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password());
            }
        });
    }

    @Override
    public void send(GuestEmail email) {
        send(email.messageId(), email.restaurant().name(), email.order().customer().email(),
                email.order().customer().name(), writer.write(email));
    }

    @Override
    public void send(ManagerEmail email) {
        send(email.messageId(), "Chit", email.alert().to(), null, writer.write(email));
    }

    /** The report's summary in the body, its files attached (multipart/mixed). */
    @Override
    public void send(ReportEmail email) {
        StoredReport report = email.report();
        String kind = report.kind() == ReportKind.DAILY ? "Daily" : "Weekly";
        String range = report.period().from().equals(report.period().to()) ? report.period().from().toString()
                : report.period().from() + " to " + report.period().to();
        String subject = kind + " report " + range + " - " + email.restaurant().name();
        String text = kind + " sales report of " + email.restaurant().name() + " for " + range + " ("
                + email.restaurant().timezone().getId() + "), attached as "
                + String.join(" and ", report.formats().stream().map(ReportFormat::extension).sorted().toList())
                + ".\n\nSent by Chit because this address is on the restaurant's report schedule.\n";
        List<MimeBodyPart> attachments = new ArrayList<>();
        try {
            for (ReportFormat format : report.formats()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(report.file(format).orElseThrow(),
                        format.mediaType())));
                file.setFileName(report.fileName(format));
                file.setDisposition(Part.ATTACHMENT);
                attachments.add(file);
            }
        } catch (MessagingException impossible) {
            throw new IllegalStateException("could not attach the report's files", impossible);
        }
        send(email.messageId(), email.restaurant().name(), email.mail().to(), null,
                new WrittenEmail(subject, text, null), attachments);
    }

    private void send(UUID messageId, String fromName, String to, String toName, WrittenEmail written) {
        send(messageId, fromName, to, toName, written, List.of());
    }

    private void send(UUID messageId, String fromName, String to, String toName, WrittenEmail written,
                      List<MimeBodyPart> attachments) {
        try {
            Transport.send(message(messageId, fromName, to, toName, written, attachments));
        } catch (SendFailedException refused) {
            // The server named the recipient invalid (or a 5xx for the address): no retry helps.
            boolean permanent = refused instanceof SMTPAddressFailedException
                    || (refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0
                    && (refused.getValidSentAddresses() == null || refused.getValidSentAddresses().length == 0));
            throw new EmailNotDelivered("the mail server refused the email: " + refused.getMessage(), permanent,
                    refused);
        } catch (MessagingException failed) {
            throw new EmailNotDelivered("the email could not be sent: " + failed.getMessage(), false, failed);
        }
    }

    private MimeMessage message(UUID id, String fromName, String to, String toName, WrittenEmail written,
                                List<MimeBodyPart> attachments) throws MessagingException {
        String messageId = "<" + id + "@" + domainOf(settings.from()) + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            message.setFrom(new InternetAddress(settings.from(), fromName, StandardCharsets.UTF_8.name()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, toName,
                    StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(written.subject(), StandardCharsets.UTF_8.name());
        message.setHeader(MESSAGE_ID_HEADER, id.toString());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(written.text(), StandardCharsets.UTF_8.name(), "plain");
        if (attachments.isEmpty()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(written.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed", text);
            for (MimeBodyPart attachment : attachments) {
                mixed.addBodyPart(attachment);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).replace(">", "").strip();
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        switch (settings.security()) {
            case NONE -> properties.put("mail.smtp.starttls.enable", "false");
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return properties;
    }
}
