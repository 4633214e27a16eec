package dev.chit.application.notifications;

import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.OutboxMessage.Claimed;
import dev.chit.domain.port.EmailSender;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's sender, run by a job: claims what is due, writes each email from the order as
 * stored, and sends it. A failure is tried again later (see {@link RetryPolicy}); after the
 * policy gives up, or at once when the mail server refuses the address for good, the message
 * is dead: logged, and listed by {@link #undelivered}. The claim commits before anything is
 * sent, and the outcome in a transaction of its own after: a crash in between sends again
 * (at least once), under the same message id.
 */
public final class DeliverNotifications {

    private static final Logger LOG = System.getLogger(DeliverNotifications.class.getName());

    private final Outbox outbox;
    private final Orders orders;
    private final Restaurants restaurants;
    private final EmailSender sender;
    private final Transactions transactions;
    private final Clock clock;
    private final RetryPolicy policy;
    private final ManagerAlerts alerts;

    /** {@code alerts} tells the managers of a guest's email that is given up on. */
    public DeliverNotifications(Outbox outbox, Orders orders, Restaurants restaurants, EmailSender sender,
                                Transactions transactions, Clock clock, RetryPolicy policy, ManagerAlerts alerts) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.orders = orders;
        this.restaurants = restaurants;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    /** Sends what is due, batch after batch, until nothing is; answers how many were sent. */
    public int deliverDue() {
        int sent = 0;
        while (true) {
            List<Claimed> claimed = transactions.inTransaction(
                    () -> outbox.claimDue(clock.instant(), policy.lease(), policy.batch()));
            for (Claimed message : claimed) {
                if (deliver(message)) {
                    sent++;
                }
            }
            if (claimed.size() < policy.batch()) {
                return sent;
            }
        }
    }

    /** The messages given up on, newest first: for a manager to look at. */
    public List<OutboxMessage> undelivered(int limit) {
        return outbox.dead(limit);
    }

    private boolean deliver(Claimed claimed) {
        OutboxMessage message = claimed.message();
        Optional<Runnable> email;
        try {
            email = transactions.inTransaction(() -> compose(message));
        } catch (RuntimeException unreadable) {
            return failed(claimed, unreadable.toString(), false);
        }
        if (email.isEmpty()) {
            return failed(claimed, "the order or its restaurant no longer exists", true);
        }
        try {
            email.get().run();
        } catch (EmailNotDelivered notDelivered) {
            return failed(claimed, notDelivered.getMessage(), notDelivered.permanent());
        } catch (RuntimeException fault) {
            return failed(claimed, fault.toString(), false);
        }
        transactions.inTransaction(() -> outbox.sent(claimed, clock.instant()));
        LOG.log(Level.INFO, "event=notification-sent messageId={0} {1} attempt={2}",
                message.id(), describe(message), message.attempts());
        return true;
    }

    // The sending of the written email, when its order (for a guest) and restaurant still exist.
    private Optional<Runnable> compose(OutboxMessage message) {
        return switch (message.notice()) {
            case GuestNotice notice -> orders.find(notice.orderId()).flatMap(order -> restaurants
                    .find(order.restaurantId())
                    .map(restaurant -> new GuestEmail(message.id(), notice, order, restaurant))
                    .map(email -> () -> sender.send(email)));
            case ManagerAlert alert -> restaurants.find(alert.restaurantId())
                    .map(restaurant -> new ManagerEmail(message.id(), alert, restaurant))
                    .map(email -> () -> sender.send(email));
        };
    }

    private static String describe(OutboxMessage message) {
        return switch (message.notice()) {
            case GuestNotice notice -> "kind=" + notice.kind() + " orderId=" + notice.orderId();
            case ManagerAlert alert -> "kind=" + alert.kind() + " restaurantId=" + alert.restaurantId();
        };
    }

    // A guest's email given up on: its restaurant's managers are told, in the same transaction.
    // An alert given up on is only logged (telling of it by email could loop).
    private void markDead(Claimed claimed, Instant now, String error) {
        transactions.inTransaction(() -> {
            boolean dead = outbox.dead(claimed, now, OutboxMessage.bounded(error));
            if (dead && claimed.message().notice() instanceof GuestNotice notice) {
                orders.find(notice.orderId()).ifPresent(alerts::guestEmailUndelivered);
            }
            return dead;
        });
    }

    private boolean failed(Claimed claimed, String error, boolean permanent) {
        OutboxMessage message = claimed.message();
        Instant now = clock.instant();
        if (permanent || policy.givesUp(message.createdAt(), now)) {
            markDead(claimed, now, error);
            LOG.log(Level.WARNING, "event=notification-dead messageId={0} {1} attempts={2} error=\"{3}\"",
                    message.id(), describe(message), message.attempts(), error);
            return false;
        }
        Instant next = now.plus(policy.backoffAfter(message.attempts()));
        transactions.inTransaction(() -> outbox.retryAt(claimed, next, OutboxMessage.bounded(error)));
        LOG.log(Level.WARNING, "event=notification-retry messageId={0} {1} attempts={2} next={3} error=\"{4}\"",
                message.id(), describe(message), message.attempts(), next, error);
        return false;
    }
}
