package dev.chit.application.notifications;

import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.order.Order;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.port.RestaurantAlerts;
import dev.chit.domain.port.Users;
import dev.chit.domain.restaurant.RestaurantId;
import dev.chit.domain.staff.Role;
import dev.chit.domain.staff.User;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Tells a restaurant's managers by email: writes one outbox message per manager, inside the
 * caller's transaction (a change that rolls back takes its alerts with it).
 */
public final class ManagerAlerts implements RestaurantAlerts {

    private final Users users;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public ManagerAlerts(Users users, Outbox outbox, IdGenerator ids, Clock clock) {
        this.users = users;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void pausedForMissedOrders(RestaurantId restaurantId, int missedInARow, Instant until) {
        toManagers(restaurantId, manager -> ManagerAlert.paused(restaurantId, manager.email(), missedInARow, until));
    }

    /** An email to the guest of {@code order} was given up on. */
    public void guestEmailUndelivered(Order order) {
        toManagers(order.restaurantId(), manager -> ManagerAlert.undelivered(order.restaurantId(), manager.email(),
                order.number(), order.customer().email()));
    }

    /** A kitchen printer has held tickets for minutes. */
    public void printerHoldingJobs(RestaurantId restaurantId, String printerName) {
        toManagers(restaurantId, manager -> ManagerAlert.printerHoldingJobs(restaurantId, manager.email(), printerName));
    }

    /** A guest disputes the charge of {@code order} with their bank. */
    public void orderDisputed(Order order) {
        toManagers(order.restaurantId(), manager -> ManagerAlert.orderDisputed(order.restaurantId(), manager.email(),
                order.number()));
    }

    private void toManagers(RestaurantId restaurantId, Function<User, ManagerAlert> alert) {
        Instant now = clock.instant();
        users.staffOf(restaurantId).stream()
                .filter(user -> user.roleAt(restaurantId).filter(role -> role == Role.MANAGER).isPresent())
                .forEach(manager -> outbox.enqueue(OutboxMessage.pending(ids.next(), alert.apply(manager), now)));
    }
}
