import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '../../lib/api/types';
import { anOrder } from '../../../test/orders';
import { boardReducer, emptyBoard, type BoardState } from '../board/boardReducer';
import { expoOrders, progress, recentBumps, rememberedStation, rememberStation, stationTickets } from './stationWork';

const NOW = Date.parse('2026-11-27T19:00:00Z');
const GRILL = 'grill';
const BAR = 'bar';

function line(id: string, stationIds: string[], doneAt: string | null = null): OrderLine {
  return { id, menuItemId: id, name: id, quantity: 1, unitPrice: 500, options: [], lineTotal: 500, stationIds, doneAt };
}

function board(...orders: Order[]): BoardState {
  return boardReducer(emptyBoard, { type: 'frame', frame: { type: 'snapshot', seq: 1, orders } });
}

const burgerAndBeer = (overrides: Partial<Order>) =>
  anOrder({ status: 'ACCEPTED', acceptedAt: '2026-11-27T18:50:00Z', lines: [line('burger', [GRILL]), line('beer', [BAR])], ...overrides });

describe('a station screen', () => {
  it('shows only the orders with a line of its own still to make, the oldest accepted first', () => {
    const state = board(
      burgerAndBeer({ id: 'late', number: 2, acceptedAt: '2026-11-27T18:58:00Z' }),
      burgerAndBeer({ id: 'early', number: 1, acceptedAt: '2026-11-27T18:40:00Z' }),
      burgerAndBeer({ id: 'grillDone', number: 3, lines: [line('burger', [GRILL], '2026-11-27T18:59:00Z'), line('beer', [BAR])] }),
      burgerAndBeer({ id: 'placed', number: 4, status: 'PLACED' }),
      burgerAndBeer({ id: 'ready', number: 5, status: 'READY' }),
    );

    const grill = stationTickets(state, GRILL, NOW, 15);

    expect(grill.map((ticket) => ticket.order.id)).toEqual(['early', 'late']);
    expect(grill[0]!.todo.map((l) => l.id)).toEqual(['burger']);
    expect(stationTickets(state, BAR, NOW, 15).map((ticket) => ticket.order.id)).toEqual(['early', 'grillDone', 'late']);
  });

  it('keeps a scheduled order off until its time to start', () => {
    const later = burgerAndBeer({ id: 'later', scheduledFor: '2026-11-27T21:00:00Z' });
    expect(stationTickets(board(later), GRILL, NOW, 15)).toEqual([]);
  });

  it('offers the bumps of the last ten minutes for recall, the latest first', () => {
    const state = board(
      burgerAndBeer({ id: 'a', status: 'PREPARING', lines: [line('burger', [GRILL], '2026-11-27T18:55:00Z'), line('fries', [GRILL], '2026-11-27T18:58:00Z')] }),
      burgerAndBeer({ id: 'old', status: 'READY', lines: [line('steak', [GRILL], '2026-11-27T18:45:00Z')] }),
      burgerAndBeer({ id: 'gone', status: 'COMPLETED', lines: [line('wings', [GRILL], '2026-11-27T18:59:00Z')] }),
    );

    expect(recentBumps(state, GRILL, NOW).map((bump) => bump.line.id)).toEqual(['fries', 'burger']);
  });
});

describe('the expo screen', () => {
  it('counts each station lines done of all its lines', () => {
    const order = burgerAndBeer({ lines: [line('burger', [GRILL], '2026-11-27T18:59:00Z'), line('fries', [GRILL]), line('beer', [BAR])] });
    const stations = [
      { id: GRILL, name: 'Grill', categoryNames: [], itemIds: [], default: true, expo: false },
      { id: BAR, name: 'Bar', categoryNames: [], itemIds: [], default: false, expo: false },
      { id: 'expo', name: 'Expo', categoryNames: [], itemIds: [], default: false, expo: true },
    ];

    expect(progress(order, stations)).toEqual([
      { stationId: GRILL, name: 'Grill', done: 1, total: 2 },
      { stationId: BAR, name: 'Bar', done: 0, total: 1 },
    ]);
  });

  it('shows whole orders from accepted to ready', () => {
    const state = board(
      burgerAndBeer({ id: 'ready', status: 'READY', acceptedAt: '2026-11-27T18:30:00Z' }),
      burgerAndBeer({ id: 'cooking', status: 'PREPARING', acceptedAt: '2026-11-27T18:45:00Z' }),
      burgerAndBeer({ id: 'new', status: 'PLACED' }),
      burgerAndBeer({ id: 'done', status: 'COMPLETED' }),
    );
    expect(expoOrders(state, NOW, 15).map((order) => order.id)).toEqual(['ready', 'cooking']);
  });
});

describe('the station a device shows', () => {
  it('is remembered in the browser', () => {
    rememberStation({ restaurantId: 'r1', stationId: GRILL });
    expect(rememberedStation()).toEqual({ restaurantId: 'r1', stationId: GRILL });
  });

  it('is forgotten when what was stored is not a station', () => {
    localStorage.setItem('chit.portal.station', '{"restaurantId":1}');
    expect(rememberedStation()).toBeUndefined();
  });
});

describe('the printers frame', () => {
  it('replaces the printers in trouble whole, and keeps them across a snapshot', () => {
    let state = boardReducer(emptyBoard, {
      type: 'frame',
      frame: { type: 'printers', printers: [{ printerId: 'p1', name: 'Kitchen', status: 'OFFLINE' }] },
    });
    state = boardReducer(state, { type: 'frame', frame: { type: 'snapshot', seq: 3, orders: [] } });
    expect(state.printers.map((printer) => printer.name)).toEqual(['Kitchen']);

    state = boardReducer(state, { type: 'frame', frame: { type: 'printers', printers: [] } });
    expect(state.printers).toEqual([]);
  });

  it('is forgotten when a socket opens: a new one names the printers in trouble, and says nothing when all are fine', () => {
    let state = boardReducer(emptyBoard, {
      type: 'frame',
      frame: { type: 'printers', printers: [{ printerId: 'p1', name: 'Kitchen', status: 'PAPER_OUT' }] },
    });
    state = boardReducer(state, { type: 'connected' });
    expect(state.printers).toEqual([]);
  });
});
