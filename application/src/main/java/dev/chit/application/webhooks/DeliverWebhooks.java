package dev.chit.application.webhooks;

import dev.chit.application.notifications.RetryPolicy;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.WebhookSender;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.webhook.DeliveryAttempt;
import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;
import dev.chit.domain.webhook.WebhookDelivery.Claimed;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The webhooks' sender, run by a job: claims what is due and POSTs it. Anything but a 2xx is
 * tried again per the {@link RetryPolicy} (10 s, 20 s, 40 s ... at most an hour apart), and
 * the first failure after it gives up (24 hours) makes the delivery dead. Every attempt is
 * recorded. The claim commits before the POST, the outcome after: a crash in between sends
 * again (at least once), with the same event id.
 */
public final class DeliverWebhooks {

    private static final Logger LOG = System.getLogger(DeliverWebhooks.class.getName());

    private final Webhooks webhooks;
    private final WebhookSender sender;
    private final Transactions transactions;
    private final Clock clock;
    private final RetryPolicy policy;

    public DeliverWebhooks(Webhooks webhooks, WebhookSender sender, Transactions transactions, Clock clock,
                           RetryPolicy policy) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    /** Sends what is due, batch after batch, until nothing is; answers how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        while (true) {
            List<Claimed> claimed = transactions.inTransaction(
                    () -> webhooks.claimDue(clock.instant(), policy.lease(), policy.batch()));
            for (Claimed delivery : claimed) {
                if (deliver(delivery)) {
                    delivered++;
                }
            }
            if (claimed.size() < policy.batch()) {
                return delivered;
            }
        }
    }

    private WebhookSender.Outcome send(Webhook webhook, WebhookDelivery delivery) {
        try {
            return sender.send(webhook, delivery);
        } catch (RuntimeException fault) {
            return WebhookSender.Outcome.failed(fault.toString());
        }
    }

    private boolean deliver(Claimed claimed) {
        WebhookDelivery delivery = claimed.delivery();
        var webhook = transactions.inTransaction(() -> webhooks.find(delivery.webhookId()));
        if (webhook.isEmpty()) {
            return false; // removed meanwhile, with its deliveries
        }
        WebhookSender.Outcome outcome = send(webhook.get(), delivery);
        Instant now = clock.instant();
        var attempt = new DeliveryAttempt(delivery.id(), delivery.type(), delivery.attempts(), now,
                outcome.statusCode(), outcome.error()
                        .or(() -> outcome.statusCode().filter(code -> code < 200 || code >= 300)
                                .map(code -> "answered " + code)));
        if (attempt.delivered()) {
            transactions.inTransaction(() -> webhooks.delivered(claimed, attempt));
            LOG.log(Level.INFO, "event=webhook-delivered deliveryId={0} webhookId={1} type={2} attempt={3}",
                    delivery.id(), delivery.webhookId(), delivery.type().wireName(), delivery.attempts());
            return true;
        }
        String error = attempt.error().orElse("");
        if (policy.givesUp(delivery.createdAt(), now)) {
            transactions.inTransaction(() -> webhooks.dead(claimed, attempt));
            LOG.log(Level.WARNING, "event=webhook-dead deliveryId={0} webhookId={1} attempts={2} error=\"{3}\"",
                    delivery.id(), delivery.webhookId(), delivery.attempts(), error);
            return false;
        }
        Instant next = now.plus(policy.backoffAfter(delivery.attempts()));
        transactions.inTransaction(() -> webhooks.retryAt(claimed, attempt, next));
        LOG.log(Level.WARNING, "event=webhook-retry deliveryId={0} webhookId={1} attempts={2} next={3} error=\"{4}\"",
                delivery.id(), delivery.webhookId(), delivery.attempts(), next, error);
        return false;
    }
}
