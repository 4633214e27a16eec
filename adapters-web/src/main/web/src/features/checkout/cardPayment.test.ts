import type { Order, PlacedOrder } from '../../lib/api/types';
import { settlePayment, testCardPayment } from './cardPayment';

const placed = (status: Order['status'], action?: PlacedOrder['paymentAction']) =>
  ({ id: 'o1', accessToken: 'token', status, number: status === 'AWAITING_PAYMENT' ? null : 7, paymentAction: action }) as unknown as PlacedOrder;
const action = { type: 'stripe' as const, clientSecret: 'pi_1_secret_x' };

describe('settling a checkout\'s payment', () => {
  it('a test token is a token, a test PaymentMethod a PaymentMethod', () => {
    expect(testCardPayment('tok_visa')).toEqual({ method: 'card', token: 'tok_visa' });
    expect(testCardPayment('pm_card_authenticationRequired')).toEqual({ method: 'card', paymentMethod: 'pm_card_authenticationRequired' });
  });

  it('a placed order needs no check and no confirmation', async () => {
    const authenticate = vi.fn();
    const confirm = vi.fn();
    const settled = await settlePayment(placed('PLACED'), authenticate, confirm);
    expect(settled.outcome).toBe('placed');
    expect(authenticate).not.toHaveBeenCalled();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('an order waiting for the bank is checked, then confirmed with its token, and keeps its token', async () => {
    const steps: string[] = [];
    const settled = await settlePayment(placed('AWAITING_PAYMENT', action),
      async (order, secret) => { steps.push(`check ${order.id} ${secret}`); },
      async (id, token) => { steps.push(`confirm ${id} ${token}`); return { id, status: 'PLACED', number: 42 } as Order; });
    expect(steps).toEqual(['check o1 pi_1_secret_x', 'confirm o1 token']);
    expect(settled).toMatchObject({ outcome: 'placed', order: { number: 42, accessToken: 'token' } });
  });

  it('a payment the bank refused ends the order; one the network still decides waits', async () => {
    const failed = await settlePayment(placed('AWAITING_PAYMENT', action), async () => undefined,
      async () => ({ status: 'CANCELLED' }) as Order);
    const waiting = await settlePayment(placed('AWAITING_PAYMENT', action), async () => undefined,
      async () => ({ status: 'AWAITING_PAYMENT' }) as Order);
    expect(failed.outcome).toBe('failed');
    expect(waiting.outcome).toBe('awaiting');
  });

  it('a confirmation that fails is the caller\'s to show', async () => {
    await expect(settlePayment(placed('AWAITING_PAYMENT', action), async () => undefined,
      async () => { throw new Error('offline'); })).rejects.toThrow('offline');
  });
});
