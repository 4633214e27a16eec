package dev.chit.application.webhooks;

import dev.chit.application.delivery.Courier;
import dev.chit.application.delivery.DeliveryLoop;
import dev.chit.application.delivery.RetryPolicy;
import dev.chit.domain.port.Transactions;
import dev.chit.domain.port.WebhookSender;
import dev.chit.domain.port.Webhooks;
import dev.chit.domain.webhook.WebhookDelivery;

import java.time.Clock;

/**
 * The webhooks' courier: POSTs each delivery through the one {@link DeliveryLoop}. Anything but
 * a 2xx is tried again per the {@link RetryPolicy} (10 s, 20 s, 40 s ... at most an hour
 * apart), and the first failure after it gives up (24 hours) makes the delivery dead. Every
 * attempt is recorded with the receiver's status code or the error.
 */
public final class DeliverWebhooks {

    private final DeliveryLoop<WebhookDelivery> loop;

    public DeliverWebhooks(Webhooks webhooks, WebhookSender sender, Transactions transactions, Clock clock,
                           RetryPolicy policy) {
        this.loop = new DeliveryLoop<>("webhook", webhooks, new Posts(webhooks, sender, transactions),
                transactions, clock, policy);
    }

    /** Sends what is due, batch after batch, until nothing is; answers how many were delivered. */
    /** The server is stopping: what is claimed and not begun goes back to the queue (see {@link DeliveryLoop#stop}). */
    public void stop() {
        loop.stop();
    }

    public int deliverDue() {
        return loop.deliverDue();
    }

    private record Posts(Webhooks webhooks, WebhookSender sender, Transactions transactions)
            implements Courier<WebhookDelivery> {

        @Override
        public Carried carry(WebhookDelivery delivery) {
            var webhook = transactions.inTransaction(() -> webhooks.find(delivery.webhookId()));
            if (webhook.isEmpty()) {
                return new Carried.Vanished(); // removed meanwhile, with its deliveries
            }
            WebhookSender.Outcome outcome = sender.send(webhook.get(), delivery);
            boolean accepted = outcome.statusCode().filter(code -> code >= 200 && code < 300).isPresent();
            if (accepted) {
                return new Carried.Delivered(outcome.statusCode());
            }
            String error = outcome.error()
                    .or(() -> outcome.statusCode().map(code -> "answered " + code))
                    .orElse("no answer");
            return new Carried.Failed(outcome.statusCode(), error, false);
        }

        @Override
        public String describe(WebhookDelivery delivery) {
            return "webhookId=" + delivery.webhookId() + " type=" + delivery.type().wireName();
        }
    }
}
