import type { CardPayment, Order, PlacedOrder } from '../../lib/api/types';

/**
 * The sandbox's test cards (API.md "Checkout" and "Payments through Stripe"): the tokens, and
 * the test PaymentMethod whose bank checks the guest first (3-D Secure).
 */
export const TEST_CARDS = ['tok_visa', 'tok_declined', 'tok_insufficient_funds', 'tok_error', 'pm_card_authenticationRequired'] as const;
export type TestCard = (typeof TEST_CARDS)[number];

/** The checkout's `payment` for a test card: a token as a token, a test PaymentMethod as a PaymentMethod. */
export function testCardPayment(card: TestCard): CardPayment {
  return card.startsWith('pm_') ? { method: 'card', paymentMethod: card } : { method: 'card', token: card };
}

/** Where a checkout ended: placed (numbered), still waiting for the bank, or cancelled because the payment failed. */
export type Settled =
  | { outcome: 'placed'; order: PlacedOrder }
  | { outcome: 'awaiting'; order: PlacedOrder }
  | { outcome: 'failed'; order: PlacedOrder };

/**
 * After the checkout answered: an order that waits for the guest's bank (202, `paymentAction`)
 * goes through the bank's check first (`authenticate`: Stripe.js's next action, or the sandbox's
 * own dialog), then Chit is asked how the payment stands (`confirm`). Whatever the check said,
 * Chit's answer decides: it asks the card network, which knows.
 */
export async function settlePayment(
  placed: PlacedOrder,
  authenticate: (order: PlacedOrder, clientSecret: string) => Promise<void>,
  confirm: (orderId: string, accessToken: string) => Promise<Order>,
): Promise<Settled> {
  if (placed.status !== 'AWAITING_PAYMENT' || !placed.paymentAction) return { outcome: 'placed', order: placed };
  await authenticate(placed, placed.paymentAction.clientSecret);
  const order: PlacedOrder = { ...placed, ...(await confirm(placed.id, placed.accessToken)) };
  if (order.status === 'AWAITING_PAYMENT') return { outcome: 'awaiting', order };
  if (order.status === 'CANCELLED') return { outcome: 'failed', order };
  return { outcome: 'placed', order };
}
