import { screen, waitFor } from '@testing-library/react';
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
});
