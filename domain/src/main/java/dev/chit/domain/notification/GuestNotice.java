package dev.chit.domain.notification;

import dev.chit.domain.order.HistoryEntry;
import dev.chit.domain.order.Order;
import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.OrderEvent.OrderDelayed;
import dev.chit.domain.order.OrderEvent.OrderDue;
import dev.chit.domain.order.OrderEvent.OrderPlaced;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderEvent.PaymentChanged;
import dev.chit.domain.order.OrderId;
import dev.chit.domain.order.OrderStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guest is to be told about their order, as decided when it happened: the order's
 * lines and totals are read when the email is written (they never change), but the promise,
 * the reason and the money are those of the moment.
 *
 * @param promisedFor      when the order will be ready (accepted, delayed)
 * @param reason           why (rejected, cancelled, delayed), when someone said
 * @param payment          what happens to the money (rejected, cancelled)
 * @param delayMinutes     by how much the promise moved (delayed)
 * @param refundedMinorUnits all that was refunded so far, in the order's currency (refunded, cancelled)
 */
public record GuestNotice(
        GuestNoticeKind kind,
        OrderId orderId,
        Optional<Instant> promisedFor,
        Optional<String> reason,
        PaymentOutcome payment,
        Optional<Long> delayMinutes,
        Optional<Long> refundedMinorUnits) implements Notice {

    public GuestNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(promisedFor, "promisedFor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(delayMinutes, "delayMinutes");
        Objects.requireNonNull(refundedMinorUnits, "refundedMinorUnits");
    }

    /**
     * The notice an event of {@code order} (as stored after the event) gives the guest, if any:
     * placed, accepted, delayed, ready, out for delivery, rejected, cancelled, refunded. Moves the
     * guest does not wait for (preparing, completed) and payment steps they do not see
     * (captured, voided) say nothing. A refund that comes with a cancellation says nothing
     * either: the cancellation's email already tells of it.
     */
    public static Optional<GuestNotice> about(Order order, OrderEvent event) {
        return switch (event) {
            case OrderPlaced placed -> Optional.of(simple(GuestNoticeKind.PLACED, order));
            case OrderStatusChanged changed -> moved(order, changed);
            case OrderDelayed delayed -> Optional.of(new GuestNotice(GuestNoticeKind.DELAYED, order.id(),
                    Optional.of(delayed.estimatedReadyAt()), delayed.reason(), PaymentOutcome.NONE,
                    Optional.of(delayed.delay().toMinutes()), Optional.empty()));
            case PaymentChanged payment -> refunded(order, payment);
            // The kitchen's own timing: the guest was told of the order when it was placed.
            case OrderDue due -> Optional.empty();
            // The kitchen's progress on its lines; the guest hears when the order is ready.
            case OrderEvent.LinesBumped bumped -> Optional.empty();
            // The restaurant's matter with the guest's bank; the managers are told, not the guest.
            case OrderEvent.OrderDisputed disputed -> Optional.empty();
        };
    }

    private static Optional<GuestNotice> moved(Order order, OrderStatusChanged changed) {
        return switch (changed.to()) {
            case ACCEPTED -> Optional.of(new GuestNotice(GuestNoticeKind.ACCEPTED, order.id(),
                    Optional.of(order.estimatedReadyAt()), Optional.empty(), PaymentOutcome.NONE, Optional.empty(),
                    Optional.empty()));
            // A completed order recalled to READY was announced ready once already.
            case READY -> changed.from() == OrderStatus.COMPLETED ? Optional.empty()
                    : Optional.of(simple(GuestNoticeKind.READY, order));
            case OUT_FOR_DELIVERY -> Optional.of(simple(GuestNoticeKind.OUT_FOR_DELIVERY, order));
            case REJECTED, CANCELLED -> {
                PaymentOutcome outcome = switch (changed.paymentAction()) {
                    case VOID -> PaymentOutcome.VOIDED;
                    case REFUND_REMAINING -> PaymentOutcome.REFUNDED;
                    case NONE, CAPTURE -> PaymentOutcome.NONE;
                };
                yield Optional.of(new GuestNotice(changed.to() == OrderStatus.REJECTED
                        ? GuestNoticeKind.REJECTED : GuestNoticeKind.CANCELLED, order.id(), Optional.empty(),
                        changed.reason(), outcome, Optional.empty(),
                        outcome == PaymentOutcome.REFUNDED ? Optional.of(order.refunded().minorUnits())
                                : Optional.empty()));
            }
            default -> Optional.empty();
        };
    }

    private static Optional<GuestNotice> refunded(Order order, PaymentChanged payment) {
        if (!payment.paymentStatus().hasRefunds()) {
            return Optional.empty();
        }
        HistoryEntry last = order.history().getLast();
        boolean cameWithCancellation = last.isMove() && (last.to() == OrderStatus.CANCELLED || last.to() == OrderStatus.REJECTED)
                && last.at().equals(payment.at());
        if (cameWithCancellation) {
            return Optional.empty();
        }
        return Optional.of(new GuestNotice(GuestNoticeKind.REFUNDED, order.id(), Optional.empty(), Optional.empty(),
                PaymentOutcome.REFUNDED, Optional.empty(), Optional.of(order.refunded().minorUnits())));
    }

    private static GuestNotice simple(GuestNoticeKind kind, Order order) {
        return new GuestNotice(kind, order.id(), Optional.empty(), Optional.empty(), PaymentOutcome.NONE,
                Optional.empty(), Optional.empty());
    }
}
