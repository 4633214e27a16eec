package dev.chit.bootstrap;

import dev.chit.adapters.notification.SmtpSettings;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The guest's emails: where they go ({@code smtp}, empty = email off), how often the outbox is
 * looked at, and after how long a message that cannot be sent is given up on.
 */
public record MailSettings(Optional<SmtpSettings> smtp, Duration deliverEvery, Duration giveUpAfter) {

    /** Unless told otherwise: how long the SMTP connection, each read and write may take. */
    public static final Duration SMTP_TIMEOUT = Duration.ofSeconds(30);

    public MailSettings {
        Objects.requireNonNull(smtp, "smtp");
        if (!deliverEvery.isPositive() || !giveUpAfter.isPositive()) {
            throw new IllegalArgumentException("the mail interval and give-up time must be positive");
        }
    }

    /** Email off. */
    public static MailSettings off() {
        return new MailSettings(Optional.empty(), Duration.ofSeconds(5), Duration.ofHours(24));
    }

    /** Email through {@code smtp}, looked at every {@code deliverEvery}, given up on after 24 hours. */
    public static MailSettings through(SmtpSettings smtp, Duration deliverEvery) {
        return new MailSettings(Optional.of(smtp), deliverEvery, Duration.ofHours(24));
    }
}
