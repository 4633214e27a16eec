package dev.chit.domain.notification;

import dev.chit.domain.report.ReportId;
import dev.chit.domain.restaurant.RestaurantId;

import java.util.Objects;

/** A scheduled report on its way to one of the schedule's addresses, its files attached. */
public record ReportMail(ReportId reportId, RestaurantId restaurantId, String to) implements Notice {

    public ReportMail {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(to, "to");
    }
}
