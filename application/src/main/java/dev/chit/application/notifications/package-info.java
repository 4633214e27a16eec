/**
 * The guest's emails: written to the outbox with the change they tell of
 * ({@link dev.chit.application.notifications.NotifyingEventPublisher}), sent after the commit
 * with retries ({@link dev.chit.application.notifications.DeliverNotifications}).
 */
package dev.chit.application.notifications;
