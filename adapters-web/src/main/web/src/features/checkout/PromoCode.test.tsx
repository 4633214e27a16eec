import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderWithQueries } from '../../../test/render';
import type { MenuRestaurant } from '../../lib/api/types';
import { german } from '../../lib/i18n/de';
import { spanish } from '../../lib/i18n/es';
import { english, setCatalogue } from '../../lib/strings';
import { CheckoutPage } from './CheckoutPage';

const restaurant: MenuRestaurant = {
  id: 'r1', name: 'Harbour', currency: 'USD', timezone: 'America/New_York', acceptingOrders: true, openNow: true, minOrder: 0, defaultPrepMinutes: 15,
};
const lines = [{ key: 'k', menuItemId: 'burger', name: 'Harbour Burger', quantity: 2, optionIds: [], optionNames: [], note: '' }];
const quote = {
  lines: [{ menuItemId: 'burger', name: 'Harbour Burger', quantity: 2, unitPrice: 1000, options: [], lineTotal: 2000 }],
  subtotal: 2000, tax: 177, deliveryFee: 0, serviceFee: 0, tip: 0, total: 2177, currency: 'USD', estimatedReadyAt: '2026-12-01T18:20:00Z',
  discount: 0, promotion: null,
};
const discounted = { ...quote, discount: 200, tax: 160, total: 1960, promotion: { code: 'WELCOME10', kind: 'PERCENT', value: 10 } };
const refusal = (code: string) => ({
  status: 422,
  body: { type: '/problems/validation', title: 'x', status: 422, requestId: 'r', errors: [{ field: 'promoCode', code, message: 'server words' }] },
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCatalogue(english);
});

describe('the promo code at checkout', () => {
  it('is applied to the quote, shows the discount, and goes with the order', async () => {
    const calls = fakeServer({
      'POST /api/v1/restaurants/r1/quotes': (body) =>
        ({ status: 200, body: (body as { promoCode?: string }).promoCode === 'welcome10' ? discounted : quote }),
      'POST /api/v1/orders': () => ({ status: 201, body: { id: 'o1', number: 7, accessToken: 'tok', currency: 'USD' } }),
    });
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} onPlaced={vi.fn()} />);
    await screen.findByText('$21.77');

    const field = screen.getByLabelText('Promo code');
    await userEvent.type(field, ' welcome10 {Enter}');

    expect(await screen.findByText('$19.60')).toBeInTheDocument();
    expect(screen.getByText('-$2.00')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription('welcome10 applied: the discount is in the total.');
    // Enter applied the code; it did not place the order.
    expect(calls.some((call) => call.path === '/api/v1/orders')).toBe(false);

    await userEvent.type(screen.getByLabelText('Name'), 'Ada Guest');
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: /Place order/ }));
    await waitFor(() => expect(calls.some((call) => call.path === '/api/v1/orders')).toBe(true));
    expect(calls.find((call) => call.path === '/api/v1/orders')!.body).toMatchObject({ promoCode: 'welcome10' });
  });

  it('says in words why a code was refused, next to the field, and can be removed', async () => {
    fakeServer({
      'POST /api/v1/restaurants/r1/quotes': (body) =>
        ((body as { promoCode?: string }).promoCode ? refusal('promo-exhausted') : { status: 200, body: quote }),
    });
    renderWithQueries(<CheckoutPage restaurant={restaurant} lines={lines} onPlaced={vi.fn()} />);
    await screen.findByText('$21.77');

    const field = screen.getByLabelText('Promo code');
    await userEvent.type(field, 'SUMMER');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription('This code has been used up.');
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('$21.77')).toBeInTheDocument();
    expect(screen.getByLabelText('Promo code')).not.toHaveAttribute('aria-invalid');
  });

  it('every refusal has words in every language', () => {
    const codes = ['promo-unknown', 'promo-inactive', 'promo-expired', 'promo-exhausted', 'promo-min-subtotal', 'promo-not-eligible'];
    for (const catalogue of [english, german, spanish]) {
      for (const code of codes) expect(catalogue.promo.refusals[code]).toMatch(/\S/);
    }
    expect(german.promo.label).toBe('Gutscheincode');
  });
});
