package dev.chit.domain.notification;

import dev.chit.domain.report.StoredReport;
import dev.chit.domain.restaurant.Restaurant;

import java.util.Objects;
import java.util.UUID;

/**
 * A scheduled report's email, before it is written out: the report with its files (attached)
 * and its restaurant.
 *
 * @param messageId the outbox message's id, the same on every attempt
 */
public record ReportEmail(UUID messageId, ReportMail mail, StoredReport report, Restaurant restaurant) {

    public ReportEmail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(restaurant, "restaurant");
    }
}
