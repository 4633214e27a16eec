/**
 * Webhooks: a restaurant's subscriptions to its order events, and the deliveries (signed POSTs,
 * retried) that tell the subscriber of each.
 */
package dev.chit.domain.webhook;
