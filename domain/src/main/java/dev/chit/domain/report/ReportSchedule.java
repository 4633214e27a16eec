package dev.chit.domain.report;

import dev.chit.domain.error.InvalidInput;
import dev.chit.domain.error.Violation;
import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which reports a restaurant wants made and emailed: the previous local day's after 04:00, the
 * previous week's (Monday to Sunday) on Mondays after 04:00, in {@code formats}, to
 * {@code emailTo}. {@code activeSince} is when it was last saved: periods due before then are
 * not made (turning the schedule on does not send a week of old reports at once).
 */
public record ReportSchedule(RestaurantId restaurantId, boolean daily, boolean weekly, Set<ReportFormat> formats,
                             List<String> emailTo, Instant activeSince) {

    public static final int MAX_RECIPIENTS = 20;
    // Deliberately plain: something@domain.tld, no spaces or angle brackets; the mail server has the last word.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    public ReportSchedule {
        Objects.requireNonNull(restaurantId, "restaurantId");
        formats = Set.copyOf(formats);
        emailTo = List.copyOf(emailTo);
        Objects.requireNonNull(activeSince, "activeSince");
        List<Violation> violations = new ArrayList<>();
        if (formats.isEmpty()) {
            violations.add(new Violation("formats", "required", "name at least one format: pdf, csv"));
        }
        if (emailTo.size() > MAX_RECIPIENTS) {
            violations.add(new Violation("emailTo", "too-many", "at most " + MAX_RECIPIENTS + " addresses"));
        }
        for (int i = 0; i < emailTo.size(); i++) {
            String address = emailTo.get(i);
            if (address == null || address.length() > 254 || !EMAIL.matcher(address).matches()) {
                violations.add(new Violation("emailTo[" + i + "]", "invalid-value", "not an email address"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** What a restaurant that never set one has: nothing made. */
    public static ReportSchedule none(RestaurantId restaurantId, Instant now) {
        return new ReportSchedule(restaurantId, false, false, Set.of(ReportFormat.PDF, ReportFormat.CSV), List.of(), now);
    }

    public boolean wants(ReportKind kind) {
        return kind == ReportKind.DAILY ? daily : weekly;
    }
}
