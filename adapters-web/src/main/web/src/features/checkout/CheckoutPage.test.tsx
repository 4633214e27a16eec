import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderWithQueries } from '../../../test/render';
import type { MenuRestaurant } from '../../lib/api/types';
import { CheckoutPage } from './CheckoutPage';

const restaurant: MenuRestaurant = {
  id: 'r1', name: 'Harbour', currency: 'USD', timezone: 'America/New_York', acceptingOrders: true, openNow: true, minOrder: 0, defaultPrepMinutes: 15,
};
const lines = [{ key: 'k', menuItemId: 'burger', name: 'Harbour Burger', quantity: 1, optionIds: ['rare'], optionNames: ['Medium rare'], note: '' }];
const quote = {
  lines: [{ menuItemId: 'burger', name: 'Harbour Burger', quantity: 1, unitPrice: 1450, options: [], lineTotal: 1450 }],
  subtotal: 1450, tax: 129, deliveryFee: 0, serviceFee: 0, tip: 0, total: 1579, currency: 'USD', estimatedReadyAt: '2026-12-01T18:20:00Z',
};
const problem = (status: number, type: string, errors: { field: string; code?: string; message: string }[]) =>
  ({ status, body: { type, title: 'x', status, requestId: 'r', errors } });

async function fillContact() {
  await userEvent.type(screen.getByLabelText('Name'), 'Ada Guest');
  await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
}

afterEach(() => vi.unstubAllGlobals());

describe('checkout', () => {
  it('shows the server\'s totals and puts a 422 next to the field it names', async () => {
    const calls = fakeServer({
      'POST /api/v1/restaurants/r1/quotes': () => ({ status: 200, body: quote }),
      'POST /api/v1/orders': () => problem(422, '/problems/validation', [{ field: 'fulfillment.address.postalCode', message: 'is required' }]),
    });
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} onPlaced={vi.fn()} />);
    expect(await screen.findByText('$15.79')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Delivery' }));
    await fillContact();
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));
    const postalCode = await screen.findByLabelText('Postal code');
    await waitFor(() => expect(postalCode).toHaveAttribute('aria-invalid', 'true'));
    expect(postalCode).toHaveAccessibleDescription('is required');
    const order = calls.find((call) => call.path === '/api/v1/orders')!;
    expect(order.body).toMatchObject({ fulfillment: { type: 'DELIVERY', address: { postalCode: null } }, payment: { token: 'tok_visa' } });
  });

  it('a declined card shows its code; another card is a new attempt with a new key', async () => {
    const onPlaced = vi.fn();
    let answers = 0;
    const calls = fakeServer({
      'POST /api/v1/restaurants/r1/quotes': () => ({ status: 200, body: quote }),
      'POST /api/v1/orders': () => (answers++ === 0
        ? problem(402, '/problems/payment-declined', [{ field: 'payment', code: 'insufficient_funds', message: 'declined' }])
        : { status: 201, body: { id: 'o1', number: 7, accessToken: 'tok', currency: 'USD' } }),
    });
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} onPlaced={onPlaced} />);
    await screen.findByText('$15.79');
    await fillContact();
    await userEvent.click(screen.getByRole('radio', { name: 'Insufficient funds' }));
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));
    expect(await screen.findByText(/declined \(insufficient_funds\)/)).toBeInTheDocument();
    expect(onPlaced).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('radio', { name: /approved/ }));
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));
    await waitFor(() => expect(onPlaced).toHaveBeenCalledWith(expect.objectContaining({ id: 'o1' })));
    const keys = calls.filter((call) => call.path === '/api/v1/orders').map((call) => call.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  const awaiting = { id: 'o2', number: null, status: 'AWAITING_PAYMENT', paymentStatus: 'REQUIRES_ACTION', accessToken: 'guest-token',
                     currency: 'USD', paymentAction: { type: 'stripe', clientSecret: 'pi_2_secret_s' } };

  it.each([
    ['Complete', true, { status: 'PLACED', number: 8 }],
    ['Fail', false, { status: 'CANCELLED', number: null }],
  ])('the 3-D Secure test card asks in a dialog; "%s" tells the sandbox, then the payment is confirmed', async (button, passed, after) => {
    const onPlaced = vi.fn();
    const calls = fakeServer({
      'POST /api/v1/restaurants/r1/quotes': () => ({ status: 200, body: quote }),
      'POST /api/v1/orders': () => ({ status: 202, body: awaiting }),
      'POST /api/v1/orders/o2/payment/sandbox-authentication': () => ({ status: 204, body: undefined }),
      'POST /api/v1/orders/o2/payment/confirm': () => ({ status: 200, body: { ...awaiting, ...after } }),
    });
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} onPlaced={onPlaced} />);
    await screen.findByText('$15.79');
    await fillContact();
    await userEvent.click(screen.getByRole('radio', { name: '3-D Secure test card' }));
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm with your bank' });
    expect(calls.map((call) => call.path)).not.toContain('/api/v1/orders/o2/payment/confirm');
    await userEvent.click(within(dialog).getByRole('button', { name: button }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const order = calls.find((call) => call.path === '/api/v1/orders')!;
    expect(order.body).toMatchObject({ payment: { method: 'card', paymentMethod: 'pm_card_authenticationRequired' } });
    const answer = calls.find((call) => call.path.endsWith('/sandbox-authentication'))!;
    expect(answer.body).toEqual({ passed });
    expect(answer.headers['X-Order-Token']).toBe('guest-token');
    expect(calls.map((call) => call.path).at(-1)).toBe('/api/v1/orders/o2/payment/confirm');
    if (passed) {
      await waitFor(() => expect(onPlaced).toHaveBeenCalledWith(expect.objectContaining({ id: 'o2', number: 8, accessToken: 'guest-token' })));
    } else {
      expect(await screen.findByText(/Your bank did not confirm the payment/)).toBeInTheDocument();
      expect(onPlaced).not.toHaveBeenCalled();
    }
  });

  it('with Stripe, pays with the PaymentMethod Stripe.js makes and runs its next action before confirming', async () => {
    const steps: string[] = [];
    const stripe = {
      elements: (options: Record<string, unknown>) => {
        steps.push(`elements ${options.currency} ${options.captureMethod}`);
        return {
          create: () => ({ mount: (target: HTMLElement) => { target.textContent = 'card form'; }, destroy: () => undefined }),
          update: () => undefined,
          submit: async () => ({}),
        };
      },
      createPaymentMethod: async () => ({ paymentMethod: { id: 'pm_from_stripe' } }),
      handleNextAction: async ({ clientSecret }: { clientSecret: string }) => { steps.push(`next action ${clientSecret}`); return {}; },
    };
    const factory = vi.fn(() => stripe);
    vi.stubGlobal('Stripe', factory);
    const onPlaced = vi.fn();
    const calls = fakeServer({
      'POST /api/v1/restaurants/r1/quotes': () => ({ status: 200, body: quote }),
      'POST /api/v1/orders': () => ({ status: 202, body: awaiting }),
      'POST /api/v1/orders/o2/payment/confirm': () => {
        steps.push('confirm');
        return { status: 200, body: { ...awaiting, status: 'PLACED', number: 9 } };
      },
    });
    const payments = { gateway: 'stripe' as const, publishableKey: 'pk_test_x', scriptUrl: 'https://js.example.test/v3/', stripeAccountId: 'acct_1' };
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} payments={payments} onPlaced={onPlaced} />);
    expect(await screen.findByText('card form')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /approved/ })).not.toBeInTheDocument();
    await screen.findByText('$15.79');
    await fillContact();
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));

    await waitFor(() => expect(onPlaced).toHaveBeenCalledWith(expect.objectContaining({ id: 'o2', number: 9 })));
    expect(factory).toHaveBeenCalledWith('pk_test_x', { stripeAccount: 'acct_1' });
    expect(steps).toEqual(['elements usd manual', 'next action pi_2_secret_s', 'confirm']);
    expect(calls.find((call) => call.path === '/api/v1/orders')!.body).toMatchObject({ payment: { method: 'card', paymentMethod: 'pm_from_stripe' } });
  });

  it('with Stripe, a card form that cannot load says so, and nothing is sent', async () => {
    vi.stubGlobal('Stripe', () => { throw new Error('IntegrationError: Invalid API Key provided'); });
    const calls = fakeServer({ 'POST /api/v1/restaurants/r1/quotes': () => ({ status: 200, body: quote }) });
    const payments = { gateway: 'stripe' as const, publishableKey: '', scriptUrl: 'https://js.example.test/v3/' };
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} payments={payments} onPlaced={vi.fn()} />);

    expect(await screen.findByText(/The card form did not load/)).toBeInTheDocument();
    await fillContact();
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));
    expect(await screen.findAllByText(/The card form did not load/)).toHaveLength(2);
    expect(calls.map((call) => call.path)).not.toContain('/api/v1/orders');
  });
});
