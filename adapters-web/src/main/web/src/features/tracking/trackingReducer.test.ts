import type { Order } from '../../lib/api/types';
import { initialTracking, isDelayed, trackingReducer, type TrackingState } from './trackingReducer';

function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o1', number: 12, restaurantId: 'r1', status: 'PLACED', paymentStatus: 'AUTHORIZED', fulfillment: { type: 'PICKUP' },
    customer: { name: 'Ada', email: 'ada@example.com' }, lines: [], subtotal: 0, tax: 0, deliveryFee: 0, serviceFee: 0, tip: 0,
    discount: 0, total: 0, refunded: 0, currency: 'USD', placedAt: '2026-12-01T18:00:00Z', estimatedReadyAt: '2026-12-01T18:20:00Z',
    version: 0, history: [], ...overrides,
  };
}

const accepted = order({ status: 'ACCEPTED', version: 1, acceptedAt: '2026-12-01T18:02:00Z', estimatedReadyAt: '2026-12-01T18:15:00Z' });
const delayed = order({ status: 'ACCEPTED', version: 2, acceptedAt: '2026-12-01T18:02:00Z', estimatedReadyAt: '2026-12-01T18:25:00Z' });

function run(...actions: Parameters<typeof trackingReducer>[1][]): TrackingState {
  return actions.reduce(trackingReducer, initialTracking);
}

describe('the tracking reducer', () => {
  it('takes the snapshot, then events after its seq', () => {
    const state = run(
      { type: 'frame', frame: { type: 'snapshot', seq: 40, orders: [order()] } },
      { type: 'frame', frame: { type: 'order.updated', seq: 41, order: accepted } },
    );
    expect(state.order?.status).toBe('ACCEPTED');
    expect(state.seq).toBe(41);
  });

  it('ignores events at or below the seq it has (a replay overlapping the snapshot)', () => {
    const state = run(
      { type: 'frame', frame: { type: 'snapshot', seq: 41, orders: [accepted] } },
      { type: 'frame', frame: { type: 'order.updated', seq: 41, order: order() } },
      { type: 'frame', frame: { type: 'order.updated', seq: 40, order: order() } },
    );
    expect(state.order?.status).toBe('ACCEPTED');
  });

  it('does not let a late REST answer undo a newer live event', () => {
    const state = run(
      { type: 'frame', frame: { type: 'order.updated', seq: 41, order: accepted } },
      { type: 'loaded', order: order() },
    );
    expect(state.order?.version).toBe(1);
  });

  it('sees a delay when the promise moves later than first said', () => {
    const onTime = run({ type: 'loaded', order: accepted });
    expect(isDelayed(onTime)).toBe(false);
    const late = trackingReducer(onTime, { type: 'frame', frame: { type: 'order.updated', seq: 50, order: delayed } });
    expect(isDelayed(late)).toBe(true);
    expect(late.order?.estimatedReadyAt).toBe('2026-12-01T18:25:00Z');
  });

  it('tells a first connection from a return after a drop', () => {
    const dropped = run({ type: 'connection', status: 'live' }, { type: 'connection', status: 'reconnecting' });
    expect(dropped.wasLive).toBe(true);
    expect(dropped.connection).toBe('reconnecting');
    expect(dropped.resumed).toBe(false);
    const back = trackingReducer(dropped, { type: 'connection', status: 'live' });
    expect(back.connection).toBe('live');
    expect(back.resumed).toBe(true);
  });

  it('keeps the order through an error frame', () => {
    const state = run({ type: 'loaded', order: accepted }, { type: 'frame', frame: { type: 'error', problem: { type: '/problems/malformed-request', title: 'x', status: 400, requestId: 'r' } } });
    expect(state.order).toBe(accepted);
  });
});
