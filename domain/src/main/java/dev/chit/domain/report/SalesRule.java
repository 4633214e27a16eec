package dev.chit.domain.report;

import dev.chit.domain.order.Order;

/**
 * Which orders count for sales: those the kitchen accepted (an accepted time is set), whatever
 * became of them later. A rejected order, or one cancelled before it was accepted, never took
 * money and has no sales; one cancelled after acceptance counts its sales and its refund, so
 * that what was collected is its total less what was refunded. The database asks the same in
 * its own terms ({@code accepted_at IS NOT NULL}).
 */
public final class SalesRule {

    private SalesRule() {
    }

    public static boolean countsForSales(Order order) {
        return order.acceptedAt().isPresent();
    }
}
