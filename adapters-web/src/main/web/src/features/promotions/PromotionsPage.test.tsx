import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderWithQueries } from '../../../test/render';
import type { Restaurant } from '../../lib/api/portalTypes';
import { PromotionsPage } from './PromotionsPage';

const restaurant = { id: 'r1', name: 'Harbour Lane Kitchen', timezone: 'America/New_York', currency: 'USD' } as unknown as Restaurant;
const welcome = {
  id: 'p1', code: 'WELCOME10', kind: 'PERCENT', value: 10, minSubtotal: 2000, startsAt: null, endsAt: null,
  maxRedemptions: 100, maxPerCustomer: null, firstOrderOnly: true, active: true, redemptions: 3,
};

afterEach(() => vi.unstubAllGlobals());

describe('the promotions page', () => {
  it('lists the codes with their redemptions, and pauses one', async () => {
    const calls = fakeServer({
      'GET /api/v1/restaurants/r1/promotions': () => ({ status: 200, body: { items: [welcome] } }),
      'PATCH /api/v1/restaurants/r1/promotions/p1': () => ({ status: 200, body: { ...welcome, active: false } }),
    });
    renderWithQueries(<PromotionsPage restaurant={restaurant} />);

    const row = (await screen.findByText('WELCOME10')).closest('tr')!;
    expect(within(row).getByText('10 % off')).toBeInTheDocument();
    expect(within(row).getByText('3 of 100')).toBeInTheDocument();
    expect(within(row).getByText('from $20.00 · first order only')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Pause WELCOME10' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    expect(calls.find((call) => call.method === 'PATCH')!.body).toEqual({ active: false });
  });

  it('creates a code from the form, amounts in minor units, and puts a 422 next to its field', async () => {
    let answers = 0;
    const calls = fakeServer({
      'GET /api/v1/restaurants/r1/promotions': () => ({ status: 200, body: { items: [] } }),
      'POST /api/v1/restaurants/r1/promotions': () => (answers++ === 0
        ? { status: 422, body: { type: '/problems/validation', title: 'x', status: 422, requestId: 'r',
            errors: [{ field: 'code', code: 'taken', message: 'the restaurant has a promotion with this code already' }] } }
        : { status: 201, body: { ...welcome, id: 'p2', code: 'FIVEOFF', kind: 'AMOUNT', value: 500 } }),
    });
    renderWithQueries(<PromotionsPage restaurant={restaurant} />);
    await screen.findByText('No promo codes yet.');

    await userEvent.type(screen.getByLabelText('Code'), 'FIVEOFF');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'AMOUNT');
    await userEvent.type(screen.getByLabelText('Amount (USD)'), '5');
    await userEvent.type(screen.getByLabelText('Orders in all (optional)'), 'ten');
    await userEvent.click(screen.getByRole('button', { name: 'Create code' }));
    expect(screen.getByLabelText('Orders in all (optional)')).toHaveAccessibleDescription('A whole number');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await userEvent.clear(screen.getByLabelText('Orders in all (optional)'));
    await userEvent.type(screen.getByLabelText('Orders in all (optional)'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Create code' }));
    await waitFor(() => expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(/already/));
    expect(calls.find((call) => call.method === 'POST')!.body).toMatchObject({
      code: 'FIVEOFF', kind: 'AMOUNT', value: 500, maxRedemptions: 10, minSubtotal: null, firstOrderOnly: false, active: true,
    });
  });
});
