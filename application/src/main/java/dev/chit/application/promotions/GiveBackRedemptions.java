package dev.chit.application.promotions;

import dev.chit.domain.order.OrderEvent;
import dev.chit.domain.order.OrderEvent.OrderStatusChanged;
import dev.chit.domain.order.OrderStatus;
import dev.chit.domain.order.PaymentAction;
import dev.chit.domain.port.OrderEventPublisher;
import dev.chit.domain.port.Promotions;

/**
 * Passes order events on and, when an order is rejected or cancelled before its payment was
 * captured, gives back the promo code's redemption it counted, in the same transaction: every
 * way an order is given up (staff, the guest, the missed-order timer, an abandoned checkout)
 * publishes that change, so none of them can forget it.
 */
public final class GiveBackRedemptions implements OrderEventPublisher {

    private static final System.Logger LOG = System.getLogger(GiveBackRedemptions.class.getName());

    private final OrderEventPublisher delegate;
    private final Promotions promotions;

    public GiveBackRedemptions(OrderEventPublisher delegate, Promotions promotions) {
        this.delegate = delegate;
        this.promotions = promotions;
    }

    @Override
    public long publish(OrderEvent event) {
        long seq = delegate.publish(event);
        if (event instanceof OrderStatusChanged changed && givenUpBeforeCapture(changed)
                && promotions.giveBack(changed.orderId())) {
            LOG.log(System.Logger.Level.INFO, "event=promotion_redemption_given_back order={0} status={1}",
                    changed.orderId(), changed.to());
        }
        return seq;
    }

    // After capture the guest paid with the discount; a refund does not make the code usable again.
    private static boolean givenUpBeforeCapture(OrderStatusChanged changed) {
        return (changed.to() == OrderStatus.REJECTED || changed.to() == OrderStatus.CANCELLED)
                && changed.paymentAction() != PaymentAction.REFUND_REMAINING;
    }
}
