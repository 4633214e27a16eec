package dev.chit.domain.notification;

import dev.chit.domain.restaurant.RestaurantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An email to one manager of a restaurant about the restaurant itself, one message per manager.
 *
 * @param to           the manager's email address
 * @param missedInARow how many orders in a row were missed (paused)
 * @param until        until when the restaurant paused itself (paused)
 * @param orderNumber  the order whose guest's email was given up on (undelivered), or that is disputed
 * @param guestEmail   the address that email was for (undelivered)
 * @param printerName  the printer holding tickets (printer holding jobs)
 */
public record ManagerAlert(
        Kind kind,
        RestaurantId restaurantId,
        String to,
        Optional<Integer> missedInARow,
        Optional<Instant> until,
        Optional<Long> orderNumber,
        Optional<String> guestEmail,
        Optional<String> printerName) implements Notice {

    /** What the manager is told. */
    public enum Kind {
        /** The restaurant missed orders in a row and paused itself. */
        PAUSED_FOR_MISSED_ORDERS,
        /** An email to a guest was given up on. */
        GUEST_EMAIL_UNDELIVERED,
        /** A kitchen printer has held tickets (off or out of paper) for minutes. */
        PRINTER_HOLDING_JOBS,
        /** A guest disputes an order's charge with their bank (a chargeback). */
        ORDER_DISPUTED
    }

    public ManagerAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(restaurantId, "restaurantId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(missedInARow, "missedInARow");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(guestEmail, "guestEmail");
        Objects.requireNonNull(printerName, "printerName");
    }

    public static ManagerAlert paused(RestaurantId restaurantId, String to, int missedInARow, Instant until) {
        return new ManagerAlert(Kind.PAUSED_FOR_MISSED_ORDERS, restaurantId, to, Optional.of(missedInARow),
                Optional.of(until), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ManagerAlert undelivered(RestaurantId restaurantId, String to, long orderNumber,
                                           String guestEmail) {
        return new ManagerAlert(Kind.GUEST_EMAIL_UNDELIVERED, restaurantId, to, Optional.empty(), Optional.empty(),
                Optional.of(orderNumber), Optional.of(guestEmail), Optional.empty());
    }

    public static ManagerAlert printerHoldingJobs(RestaurantId restaurantId, String to, String printerName) {
        return new ManagerAlert(Kind.PRINTER_HOLDING_JOBS, restaurantId, to, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(printerName));
    }

    public static ManagerAlert orderDisputed(RestaurantId restaurantId, String to, long orderNumber) {
        return new ManagerAlert(Kind.ORDER_DISPUTED, restaurantId, to, Optional.empty(), Optional.empty(),
                Optional.of(orderNumber), Optional.empty(), Optional.empty());
    }
}
