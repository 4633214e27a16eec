package dev.chit.domain.port;

import dev.chit.domain.webhook.Webhook;
import dev.chit.domain.webhook.WebhookDelivery;

import java.util.Optional;

/** POSTs a delivery to its webhook, signed with the webhook's secret. */
public interface WebhookSender {

    /**
     * Never throws for the receiver's faults: what happened comes back.
     *
     * @return the receiver's status code, or why there is none (refused address, time-out, ...)
     */
    Outcome send(Webhook webhook, WebhookDelivery delivery);

    record Outcome(Optional<Integer> statusCode, Optional<String> error) {

        public static Outcome answered(int statusCode) {
            return new Outcome(Optional.of(statusCode), Optional.empty());
        }

        public static Outcome failed(String error) {
            return new Outcome(Optional.empty(), Optional.of(error));
        }
    }
}
