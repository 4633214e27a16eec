import { describe, expect, it } from 'vitest';
import type { Order } from '../../lib/api/types';
import { anOrder } from '../../../test/orders';
import { boardReducer, emptyBoard, lanes, type BoardState } from './boardReducer';
import { allDay } from './allDay';

const NOW = Date.parse('2026-11-27T19:00:00Z');

function snapshot(seq: number, ...orders: Order[]): BoardState {
  return boardReducer(emptyBoard, { type: 'frame', frame: { type: 'snapshot', seq, orders } });
}

function event(state: BoardState, seq: number, order: Order, type: 'order.created' | 'order.updated' = 'order.updated') {
  return boardReducer(state, { type: 'frame', frame: { type, seq, order } });
}

describe('the board reducer', () => {
  it('starts from a snapshot and applies the events after it in seq order', () => {
    let board = snapshot(10, anOrder());
    board = event(board, 11, anOrder({ id: 'o2', number: 1002 }), 'order.created');
    board = event(board, 12, anOrder({ status: 'ACCEPTED', version: 1 }));

    expect(board.seq).toBe(12);
    expect(board.orders.o1!.status).toBe('ACCEPTED');
    expect(board.orders.o2!.number).toBe(1002);
    expect(board.arrived).toEqual(['o2']);
  });

  it('leaves the orders as they are on menu.updated, a frame without a seq', () => {
    const board = snapshot(10, anOrder());

    expect(boardReducer(board, { type: 'frame', frame: { type: 'menu.updated' } })).toBe(board);
  });

  it('ignores events at or below the seq it has, so a replayed event changes nothing', () => {
    let board = snapshot(10, anOrder());
    board = event(board, 11, anOrder({ status: 'ACCEPTED', version: 1 }));
    const again = event(board, 11, anOrder({ status: 'PLACED', version: 0 }));
    const older = event(board, 9, anOrder({ status: 'CANCELLED', version: 5 }));

    expect(again).toBe(board);
    expect(older).toBe(board);
  });

  it('marks itself stale at a gap and ignores events until a new snapshot', () => {
    let board = snapshot(10, anOrder());
    board = event(board, 13, anOrder({ status: 'ACCEPTED', version: 1 }));

    expect(board.stale).toBe(true);
    expect(board.orders.o1!.status).toBe('PLACED');
    expect(event(board, 14, anOrder({ status: 'PREPARING', version: 2 }))).toBe(board);

    board = snapshot(14, anOrder({ status: 'PREPARING', version: 2 }));
    expect(board.stale).toBe(false);
    expect(board.orders.o1!.status).toBe('PREPARING');
  });

  it('ignores events before its first snapshot', () => {
    expect(event(emptyBoard, 1, anOrder())).toBe(emptyBoard);
  });

  it('keeps the newer version when a move answers before the socket does', () => {
    let board = snapshot(10, anOrder());
    board = boardReducer(board, { type: 'order', order: anOrder({ status: 'ACCEPTED', version: 1 }) });
    board = event(board, 11, anOrder({ status: 'PLACED', version: 0, number: 1001 }));

    expect(board.orders.o1!.status).toBe('ACCEPTED');
    expect(board.seq).toBe(11);
  });

  it('sorts orders into lanes and final ones into recently done for two hours', () => {
    const board = snapshot(
      5,
      anOrder({ id: 'new' }),
      anOrder({ id: 'cooking', status: 'PREPARING' }),
      anOrder({ id: 'out', status: 'OUT_FOR_DELIVERY', fulfillment: { type: 'DELIVERY' } }),
      anOrder({ id: 'later', scheduledFor: '2026-11-27T21:00:00Z' }),
      anOrder({ id: 'soon', scheduledFor: '2026-11-27T19:10:00Z' }),
      anOrder({ id: 'done', status: 'COMPLETED', completedAt: '2026-11-27T18:00:00Z' }),
      anOrder({ id: 'gone', status: 'COMPLETED', completedAt: '2026-11-27T16:30:00Z' }),
      anOrder({
        id: 'rejected',
        status: 'REJECTED',
        history: [{ to: 'REJECTED', at: '2026-11-27T18:59:00Z', actor: { type: 'SYSTEM' } }],
      }),
    );

    const byLane = lanes(board, NOW, 20);

    expect(byLane.new.map((o) => o.id)).toEqual(['new', 'soon']);
    expect(byLane.preparing.map((o) => o.id)).toEqual(['cooking']);
    expect(byLane.outForDelivery.map((o) => o.id)).toEqual(['out']);
    expect(byLane.scheduled.map((o) => o.id)).toEqual(['later']);
    expect(byLane.done.map((o) => o.id)).toEqual(['rejected', 'done']);
  });

  it('moves an order to recently done when the event that makes it final arrives', () => {
    let board = snapshot(1, anOrder({ status: 'READY', version: 3 }));
    board = event(board, 2, anOrder({ status: 'CANCELLED', version: 4, history: [
      { to: 'CANCELLED', at: '2026-11-27T18:59:30Z', actor: { type: 'STAFF', id: 'u1' } },
    ] }));

    const byLane = lanes(board, NOW, 20);
    expect(byLane.ready).toEqual([]);
    expect(byLane.done.map((o) => o.id)).toEqual(['o1']);
  });
});

describe('the all-day count', () => {
  it('adds up each item with its options over the orders still to make', () => {
    const burger = anOrder().lines[0]!;
    const counts = allDay([
      anOrder({ lines: [{ ...burger, quantity: 2 }] }),
      anOrder({ status: 'PREPARING', lines: [burger, { ...burger, id: 'l2', options: [], quantity: 1 }] }),
      anOrder({ status: 'READY', lines: [{ ...burger, quantity: 9 }] }),
    ]);

    expect(counts).toEqual([
      { key: expect.any(String), name: 'Harbour Burger', options: ['Medium rare'], quantity: 3 },
      { key: expect.any(String), name: 'Harbour Burger', options: [], quantity: 1 },
    ]);
  });
});
