/**
 * The guest's emails over SMTP ({@link dev.chit.adapters.notification.SmtpEmailSender}, with
 * Angus Mail), written out in plain text and HTML by
 * {@link dev.chit.adapters.notification.GuestEmailWriter}. What to send and when comes from the
 * outbox (application {@code notifications}).
 */
package dev.chit.adapters.notification;
