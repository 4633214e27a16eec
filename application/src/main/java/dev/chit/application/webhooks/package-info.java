/**
 * Webhooks: managers subscribe ({@link dev.chit.application.webhooks.ManageWebhooks}), order events
 * enqueue deliveries in their transaction ({@link dev.chit.application.webhooks.WebhookEventPublisher}),
 * and a job sends them with retries ({@link dev.chit.application.webhooks.DeliverWebhooks}).
 */
package dev.chit.application.webhooks;
