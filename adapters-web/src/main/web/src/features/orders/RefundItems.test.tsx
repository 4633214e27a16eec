import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderWithQueries } from '../../../test/render';
import type { Order } from '../../lib/api/types';
import { RefundItems } from './RefundItems';

const order = {
  id: 'o1', number: 42, version: 3, currency: 'USD', paymentStatus: 'PARTIALLY_REFUNDED',
  lines: [
    { id: 'l1', menuItemId: 'b', name: 'Harbour Burger', quantity: 3, unitPrice: 1700, options: [], lineTotal: 5100, refundedQuantity: 2 },
    { id: 'l2', menuItemId: 'l', name: 'Lemonade', quantity: 1, unitPrice: 550, options: [], lineTotal: 550, refundedQuantity: 0 },
  ],
} as unknown as Order;

afterEach(() => vi.unstubAllGlobals());

describe('refund items', () => {
  it('steps within what is left, shows the server\'s amount, and refunds those items', async () => {
    const calls = fakeServer({
      'POST /api/v1/orders/o1/refunds/preview': () => ({ status: 200, body: { amount: 2450, currency: 'USD', lines: [] } }),
      'POST /api/v1/orders/o1/refunds': () => ({ status: 201, body: { id: 'r1', orderId: 'o1', amount: 2450, currency: 'USD', reason: 'burnt', createdAt: '2026-12-07T19:00:00Z' } }),
    });
    const onDone = vi.fn();
    renderWithQueries(<RefundItems order={order} onDone={onDone} />);
    const burgers = screen.getByRole('group', { name: 'Items of Harbour Burger to refund' });
    const more = burgers.querySelectorAll('button')[1]!;
    await userEvent.click(more);
    expect(more).toBeDisabled();
    await userEvent.click(screen.getAllByRole('button', { name: 'One more' })[1]!);
    await userEvent.type(screen.getByLabelText('Reason'), 'burnt');
    expect(await screen.findByText('The guest gets back $24.50, their share of tax and fees included.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refund $24.50' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Refunded $24.50.'));
    const preview = calls.filter((call) => call.path === '/api/v1/orders/o1/refunds/preview').at(-1)!;
    expect(preview.body).toEqual({ lines: [{ lineId: 'l1', quantity: 1 }, { lineId: 'l2', quantity: 1 }] });
    const refund = calls.find((call) => call.path === '/api/v1/orders/o1/refunds')!;
    expect(refund.body).toEqual({ lines: [{ lineId: 'l1', quantity: 1 }, { lineId: 'l2', quantity: 1 }], reason: 'burnt' });
  });

  it('shows what the server refuses, and refunds nothing', async () => {
    fakeServer({
      'POST /api/v1/orders/o1/refunds/preview': () => ({ status: 422, body: { type: '/problems/validation', title: 'Invalid', status: 422, requestId: 'r', detail: 'only 1 of this line can still be refunded', errors: [{ field: 'lines[0].quantity', message: 'only 1 of this line can still be refunded' }] } }),
    });
    renderWithQueries(<RefundItems order={order} onDone={vi.fn()} />);
    await userEvent.click(screen.getAllByRole('button', { name: 'One more' })[0]!);
    await userEvent.type(screen.getByLabelText('Reason'), 'x');
    expect(await screen.findByText(/only 1 of this line/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Refund/ })).toBeDisabled();
  });
});
