import type { Order, OrderStatus, PaymentStatus } from './api/types';

// The kitchen's next move for an order, as API.md's transition table allows it to staff.

export function nextMove(order: Pick<Order, 'status' | 'fulfillment'>): OrderStatus | undefined {
  switch (order.status) {
    case 'ACCEPTED':
      return 'PREPARING';
    case 'PREPARING':
      return 'READY';
    case 'READY':
      return order.fulfillment.type === 'DELIVERY' ? 'OUT_FOR_DELIVERY' : 'COMPLETED';
    case 'OUT_FOR_DELIVERY':
      return 'COMPLETED';
    default:
      return undefined;
  }
}

/** Who may cancel now: staff while accepted (or placed), managers also once preparation started. */
export function mayCancel(status: OrderStatus, manager: boolean): boolean {
  if (status === 'PLACED' || status === 'ACCEPTED') return true;
  return manager && (status === 'PREPARING' || status === 'READY');
}

/** Whether the restaurant holds the guest's money: captured, not all refunded (the server's PaymentStatus.holdsCapturedMoney). */
export function holdsCapturedMoney(status: PaymentStatus): boolean {
  return status === 'CAPTURED' || status === 'PARTIALLY_REFUNDED';
}

/** What a manager may still refund: the captured amount less what was refunded. */
export function refundable(order: Pick<Order, 'paymentStatus' | 'total' | 'refunded'>): number {
  if (!holdsCapturedMoney(order.paymentStatus)) return 0;
  return Math.max(0, order.total - order.refunded);
}
