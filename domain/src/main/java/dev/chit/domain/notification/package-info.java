/**
 * Telling the guest about their order: which order events concern them ({@link
 * dev.chit.domain.notification.GuestNotice}), the outbox messages that carry those notices
 * until they are sent, and the email the sender is handed.
 */
package dev.chit.domain.notification;
