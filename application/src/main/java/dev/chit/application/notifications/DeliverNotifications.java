package dev.chit.application.notifications;

import dev.chit.domain.notification.EmailNotDelivered;
import dev.chit.domain.notification.GuestEmail;
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

    public DeliverNotifications(Outbox outbox, Orders orders, Restaurants restaurants, EmailSender sender,
                                Transactions transactions, Clock clock, RetryPolicy policy) {
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
        Optional<GuestEmail> email;
        try {
            email = transactions.inTransaction(() -> compose(message));
        } catch (RuntimeException unreadable) {
            return failed(claimed, unreadable.toString(), false);
        }
        if (email.isEmpty()) {
            return failed(claimed, "the order or its restaurant no longer exists", true);
        }
        try {
            sender.send(email.get());
        } catch (EmailNotDelivered notDelivered) {
            return failed(claimed, notDelivered.getMessage(), notDelivered.permanent());
        } catch (RuntimeException fault) {
            return failed(claimed, fault.toString(), false);
        }
        transactions.inTransaction(() -> outbox.sent(claimed, clock.instant()));
        LOG.log(Level.INFO, "event=notification-sent messageId={0} kind={1} orderId={2} attempt={3}",
                message.id(), message.notice().kind(), message.notice().orderId(), message.attempts());
        return true;
    }

    private Optional<GuestEmail> compose(OutboxMessage message) {
        return orders.find(message.notice().orderId()).flatMap(order -> restaurants.find(order.restaurantId())
                .map(restaurant -> new GuestEmail(message.id(), message.notice(), order, restaurant)));
    }

    private boolean failed(Claimed claimed, String error, boolean permanent) {
        OutboxMessage message = claimed.message();
        Instant now = clock.instant();
        if (permanent || policy.givesUp(message.createdAt(), now)) {
            transactions.inTransaction(() -> outbox.dead(claimed, now, OutboxMessage.bounded(error)));
            LOG.log(Level.WARNING, "event=notification-dead messageId={0} kind={1} orderId={2} attempts={3}"
                            + " error=\"{4}\"", message.id(), message.notice().kind(), message.notice().orderId(),
                    message.attempts(), error);
            return false;
        }
        Instant next = now.plus(policy.backoffAfter(message.attempts()));
        transactions.inTransaction(() -> outbox.retryAt(claimed, next, OutboxMessage.bounded(error)));
        LOG.log(Level.WARNING, "event=notification-retry messageId={0} kind={1} attempts={2} next={3} error=\"{4}\"",
                message.id(), message.notice().kind(), message.attempts(), next, error);
        return false;
    }
}
