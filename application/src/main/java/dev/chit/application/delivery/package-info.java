/**
 * The one delivery loop every queue of messages goes through (emails, webhooks): claim what
 * is due for a lease, try each, settle it as delivered, due again after a backoff, or dead
 * ({@link dev.chit.application.delivery.DeliveryLoop}, {@link dev.chit.application.delivery.RetryPolicy}).
 */
package dev.chit.application.delivery;
