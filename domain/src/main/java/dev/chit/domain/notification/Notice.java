package dev.chit.domain.notification;

/** What an outbox message carries: a notice to the guest about their order, an alert to a manager, or a scheduled report. */
public sealed interface Notice permits GuestNotice, ManagerAlert, ReportMail {
}
