package dev.chit.domain.notification;

/** What an outbox message carries: a notice to the guest about their order, or an alert to a manager. */
public sealed interface Notice permits GuestNotice, ManagerAlert {
}
