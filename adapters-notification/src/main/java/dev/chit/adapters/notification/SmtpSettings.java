package dev.chit.adapters.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The mail server and the sender's address.
 *
 * @param security  how the connection is protected: none, STARTTLS after connecting, or TLS from the start
 * @param user      sign in with this user (and {@code password}) when present
 * @param from      the sender's address; the restaurant's name is its display name
 * @param timeout   for connecting, reading and writing
 */
public record SmtpSettings(String host, int port, Security security, Optional<String> user, String password,
                           String from, Duration timeout) {

    public enum Security {
        NONE,
        STARTTLS,
        TLS
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be 1..65535, not " + port);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (Objects.requireNonNull(from, "from").isBlank() || !from.contains("@")) {
            throw new IllegalArgumentException("the sender's address (CHIT_MAIL_FROM) must be an email address");
        }
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Where mail goes, without the password: for the start-up log. */
    public String describe() {
        return "smtp://" + user.map(u -> u + "@").orElse("") + host + ":" + port + " security=" + security
                + " from=" + from;
    }
}
