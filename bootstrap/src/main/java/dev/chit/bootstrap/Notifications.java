package dev.chit.bootstrap;

import dev.chit.adapters.notification.SmtpEmailSender;
import dev.chit.adapters.persistence.Database;
import dev.chit.application.notifications.DeliverNotifications;
import dev.chit.application.notifications.ManagerAlerts;
import dev.chit.application.notifications.NotifyingEventPublisher;
import dev.chit.application.delivery.RetryPolicy;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The guest's emails (and the managers' alerts), wired: with an SMTP server, the order events also write the outbox and a
 * job sends it; without one (no {@code CHIT_SMTP_HOST}) email is off, nothing is written to the
 * outbox, and start-up says so.
 *
 * @param events   the publisher every use case publishes its order events to
 * @param delivery the outbox's sender, when email is on
 * @param alerts   the managers' email alerts, when email is on
 */
record Notifications(OrderEventPublisher events, Optional<DeliverNotifications> delivery,
                     Optional<ManagerAlerts> alerts) {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    static Notifications wire(MailSettings settings, Database database, IdGenerator ids, Clock clock) {
        if (settings.smtp().isEmpty()) {
            LOG.info("event=email-off reason=\"no CHIT_SMTP_HOST\" effect=\"guests get no emails; none are queued\"");
            return new Notifications(database.orderEvents(), Optional.empty(), Optional.empty());
        }
        var smtp = settings.smtp().get();
        LOG.info(() -> "event=email-on server=\"" + smtp.describe() + "\" giveUpAfter=" + settings.giveUpAfter());
        var events = new NotifyingEventPublisher(database.orderEvents(), database.orders(), database.outbox(), ids,
                clock);
        var alerts = new ManagerAlerts(database.users(), database.outbox(), ids, clock);
        var delivery = new DeliverNotifications(database.outbox(), database.orders(), database.restaurants(),
                database.reports(),
                new SmtpEmailSender(smtp), database.transactions(), clock,
                RetryPolicy.giveUpAfter(settings.giveUpAfter()), alerts);
        return new Notifications(events, Optional.of(delivery), Optional.of(alerts));
    }
}
