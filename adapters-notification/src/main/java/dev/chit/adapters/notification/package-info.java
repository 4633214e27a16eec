/**
 * Notifications behind {@link dev.chit.domain.port.Notifier}: customer email over SMTP from a
 * transactional outbox, manager alerts and signed webhooks. Empty until the checkout
 * completion issue.
 */
package dev.chit.adapters.notification;
