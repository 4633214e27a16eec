package dev.chit.application.payment;

import dev.chit.domain.order.OrderId;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The settling job: finishes every payment operation whose answer was lost (a crash, a network
 * time-out, a database failure after the network said yes) and releases the authorizations of
 * checkouts that never stored their order. Run periodically; safe to run on several servers at
 * once, since the network answers a repeated key with its first outcome and only one settler
 * records it.
 */
public final class SettlePayments {

    private static final System.Logger LOG = System.getLogger(SettlePayments.class.getName());
    static final int BATCH = 200;

    private final PaymentSettlement settlement;

    public SettlePayments(PaymentSettlement settlement) {
        this.settlement = settlement;
    }

    /** @return how many orders still have something pending after this run */
    public int settlePending() {
        List<OrderId> orders = settlement.ordersWithPendingOperations(BATCH);
        int unsettled = 0;
        for (OrderId orderId : orders) {
            if (!settlement.settleOrder(orderId).isSettled()) {
                unsettled++;
            }
        }
        if (!orders.isEmpty()) {
            LOG.log(Level.INFO, "event=payments-settled orders={0} stillPending={1}", orders.size(), unsettled);
        }
        return unsettled;
    }
}
