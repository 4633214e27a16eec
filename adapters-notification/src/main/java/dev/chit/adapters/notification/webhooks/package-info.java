/**
 * Webhook deliveries over HTTP with the JDK's {@code HttpClient}
 * ({@link dev.chit.adapters.notification.webhooks.HttpWebhookSender}), signed by
 * {@link dev.chit.adapters.notification.webhooks.WebhookSignature}, and only to addresses
 * {@link dev.chit.adapters.notification.webhooks.PublicAddressesOnly} allows.
 */
package dev.chit.adapters.notification.webhooks;
