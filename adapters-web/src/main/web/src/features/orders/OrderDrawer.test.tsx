import { screen } from '@testing-library/react';
import { fakeServer, renderWithQueries } from '../../../test/render';
import type { Restaurant } from '../../lib/api/portalTypes';
import { OrderDrawer } from './OrderDrawer';

const restaurant = { id: 'r1', name: 'Harbour Lane Kitchen', timezone: 'America/New_York', currency: 'USD' } as unknown as Restaurant;

const order = (disputed: boolean) => ({
  id: 'o1', number: 42, restaurantId: 'r1', status: 'COMPLETED', paymentStatus: 'CAPTURED', version: 5, currency: 'USD',
  fulfillment: { type: 'PICKUP' }, customer: { name: 'Ada Guest', email: 'ada@example.com', phone: null },
  lines: [{ id: 'l1', menuItemId: 'b', name: 'Harbour Burger', quantity: 1, unitPrice: 1700, options: [], lineTotal: 1700, refundedQuantity: 0 }],
  subtotal: 1700, tax: 150, deliveryFee: 0, serviceFee: 0, tip: 0, discount: 0, total: 1850, refunded: 0,
  placedAt: '2026-12-07T19:00:00Z', estimatedReadyAt: '2026-12-07T19:20:00Z',
  history: [{ from: null, to: 'PLACED', at: '2026-12-07T19:00:00Z', actor: { type: 'CUSTOMER' }, reason: null }],
  disputed,
});

afterEach(() => vi.unstubAllGlobals());

describe('order drawer', () => {
  it('says when the guest disputes the payment, and what to do', async () => {
    fakeServer({ 'GET /api/v1/orders/o1': () => ({ status: 200, body: order(true) }) });
    renderWithQueries(<OrderDrawer orderId="o1" restaurant={restaurant} onClose={vi.fn()} />);
    expect(await screen.findByText('Disputed')).toBeInTheDocument();
    expect(screen.getByText(/Answer the dispute in Stripe's dashboard/)).toBeInTheDocument();
  });

  it('says nothing of disputes for an order nobody disputes', async () => {
    fakeServer({ 'GET /api/v1/orders/o1': () => ({ status: 200, body: order(false) }) });
    renderWithQueries(<OrderDrawer orderId="o1" restaurant={restaurant} onClose={vi.fn()} />);
    expect(await screen.findByText(/Ada Guest/)).toBeInTheDocument();
    expect(screen.queryByText('Disputed')).not.toBeInTheDocument();
  });
});
