package dev.chit.application.notifications;

import dev.chit.application.delivery.Courier;
import dev.chit.application.delivery.DeliveryLoop;
import dev.chit.application.delivery.RetryPolicy;
import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestEmail;
import dev.chit.domain.notification.GuestNotice;
import dev.chit.domain.notification.ManagerAlert;
import dev.chit.domain.notification.ManagerEmail;
import dev.chit.domain.notification.OutboxMessage;
import dev.chit.domain.notification.ReportEmail;
import dev.chit.domain.notification.ReportMail;
import dev.chit.domain.port.EmailSender;
import dev.chit.domain.port.Orders;
import dev.chit.domain.port.Outbox;
import dev.chit.domain.port.Reports;
import dev.chit.domain.port.Restaurants;
import dev.chit.domain.port.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's courier: writes each email from the order (or report) as stored, and sends it, through the
 * one {@link DeliveryLoop} (claim with a lease, retries per the {@link RetryPolicy}, dead after
 * it gives up). An address the mail server refuses for good is dead at once, and so is a
 * message whose order or restaurant no longer exists. Dead messages are listed by
 * {@link #undelivered}; a guest's email given up on is told to the restaurant's managers.
 */
public final class DeliverNotifications {

    private final Outbox outbox;
    private final DeliveryLoop<OutboxMessage> loop;

    /** {@code alerts} tells the managers of a guest's email that is given up on. */
    public DeliverNotifications(Outbox outbox, Orders orders, Restaurants restaurants, Reports reports,
                                EmailSender sender, Transactions transactions, Clock clock, RetryPolicy policy,
                                ManagerAlerts alerts) {
        this.outbox = outbox;
        this.loop = new DeliveryLoop<>("notification", outbox,
                new Emails(orders, restaurants, reports, sender, transactions, alerts), transactions, clock, policy);
    }

    /** Sends what is due, batch after batch, until nothing is; answers how many were sent. */
    /** The server is stopping: what is claimed and not begun goes back to the queue (see {@link DeliveryLoop#stop}). */
    public void stop() {
        loop.stop();
    }

    public int deliverDue() {
        return loop.deliverDue();
    }

    /** The messages given up on, newest first: for a manager to look at. */
    public List<OutboxMessage> undelivered(int limit) {
        return outbox.dead(limit);
    }

    private record Emails(Orders orders, Restaurants restaurants, Reports reports, EmailSender sender,
                          Transactions transactions, ManagerAlerts alerts) implements Courier<OutboxMessage> {

        @Override
        public Carried carry(OutboxMessage message) {
            Optional<Runnable> email;
            try {
                email = transactions.inTransaction(() -> compose(message));
            } catch (RuntimeException unreadable) {
                return Carried.failed(unreadable.toString(), false);
            }
            if (email.isEmpty()) {
                return Carried.failed("the order, report or restaurant no longer exists", true);
            }
            try {
                email.get().run();
            } catch (EmailNotDelivered notDelivered) {
                return Carried.failed(notDelivered.getMessage(), notDelivered.permanent());
            }
            return Carried.delivered();
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
                case ReportMail mail -> reports.find(mail.reportId()).flatMap(report -> restaurants
                        .find(mail.restaurantId())
                        .map(restaurant -> new ReportEmail(message.id(), mail, report, restaurant))
                        .map(email -> () -> sender.send(email)));
            };
        }

        @Override
        public String describe(OutboxMessage message) {
            return switch (message.notice()) {
                case GuestNotice notice -> "kind=" + notice.kind() + " orderId=" + notice.orderId();
                case ManagerAlert alert -> "kind=" + alert.kind() + " restaurantId=" + alert.restaurantId();
                case ReportMail mail -> "kind=REPORT reportId=" + mail.reportId() + " restaurantId=" + mail.restaurantId();
            };
        }

        // A guest's email given up on: its restaurant's managers are told, in the same transaction.
        // An alert given up on is only logged (telling of it by email could loop).
        @Override
        public void givenUp(OutboxMessage message) {
            if (message.notice() instanceof GuestNotice notice) {
                orders.find(notice.orderId()).ifPresent(alerts::guestEmailUndelivered);
            }
        }
    }
}
