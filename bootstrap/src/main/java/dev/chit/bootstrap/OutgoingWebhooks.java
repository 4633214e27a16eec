package dev.chit.bootstrap;

import dev.chit.adapters.notification.webhooks.HttpWebhookSender;
import dev.chit.adapters.notification.webhooks.PublicAddressesOnly;
import dev.chit.adapters.persistence.Database;
import dev.chit.adapters.web.json.Json;
import dev.chit.adapters.web.orders.OrderWebhookBodies;
import dev.chit.application.delivery.RetryPolicy;
import dev.chit.application.webhooks.DeliverWebhooks;
import dev.chit.application.webhooks.ManageWebhooks;
import dev.chit.application.webhooks.WebhookEventPublisher;
import dev.chit.domain.port.IdGenerator;
import dev.chit.domain.port.OrderEventPublisher;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Webhooks, wired: the order events (after the guest's emails) also enqueue deliveries, whose
 * bodies the web adapter writes (the order as the API shows it); managers subscribe through
 * {@code manage}; a job sends with {@code delivery} over the JDK's HTTP client.
 *
 * @param events the publisher every use case publishes its order events to
 */
record OutgoingWebhooks(OrderEventPublisher events, ManageWebhooks manage, DeliverWebhooks delivery) {

    private static final Logger LOG = Logger.getLogger(OutgoingWebhooks.class.getName());

    static OutgoingWebhooks wire(WebhookSettings settings, OrderEventPublisher events, Database database,
                                 IdGenerator ids, Clock clock) {
        if (settings.allowPrivate()) {
            LOG.warning("event=webhooks-allow-private effect=\"webhooks may call loopback and private addresses\"");
        }
        var destinations = new PublicAddressesOnly(settings.allowPrivate());
        var publisher = new WebhookEventPublisher(events, database.orders(), database.webhooks(),
                new OrderWebhookBodies(new Json()), ids, clock);
        var manage = new ManageWebhooks(database.restaurants(), database.webhooks(), destinations,
                database.transactions(), ids, clock);
        var delivery = new DeliverWebhooks(database.webhooks(), new HttpWebhookSender(destinations, clock),
                database.transactions(), clock, RetryPolicy.standard());
        return new OutgoingWebhooks(publisher, manage, delivery);
    }
}
