import type { Order } from '../src/lib/api/types';

/** An order as the API shows it, placed for pickup at 18:55 UTC; override what a test is about. */
export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o1',
    number: 1001,
    restaurantId: 'r1',
    status: 'PLACED',
    paymentStatus: 'AUTHORIZED',
    fulfillment: { type: 'PICKUP' },
    customer: { name: 'Ann Guest', email: 'ann@example.com' },
    lines: [
      {
        id: 'l1',
        menuItemId: 'burger',
        name: 'Harbour Burger',
        quantity: 1,
        unitPrice: 1500,
        options: [{ id: 'mr', name: 'Medium rare', priceDelta: 0 }],
        lineTotal: 1500,
      },
    ],
    subtotal: 1500,
    tax: 0,
    deliveryFee: 0,
    serviceFee: 0,
    tip: 0,
    discount: 0,
    total: 1500,
    refunded: 0,
    currency: 'USD',
    placedAt: '2026-11-27T18:55:00Z',
    estimatedReadyAt: '2026-11-27T19:15:00Z',
    version: 0,
    history: [{ to: 'PLACED', at: '2026-11-27T18:55:00Z', actor: { type: 'CUSTOMER' } }],
    ...overrides,
  };
}

