package dev.chit.domain.notification;

/** What the guest is told; one email each. */
public enum GuestNoticeKind {
    PLACED,
    ACCEPTED,
    DELAYED,
    READY,
    OUT_FOR_DELIVERY,
    REJECTED,
    CANCELLED,
    REFUNDED
}
