import type { BoardFrame, PrinterTrouble } from '../../lib/api/portalTypes';
import type { Order, OrderStatus } from '../../lib/api/types';

// The live board as data: the orders the socket told us about, applied strictly by `seq`
// (API.md "Live updates"). Pure, so it is tested without a browser or a socket.

export interface BoardState {
  /** The last `seq` applied; undefined until the first snapshot. */
  seq: number | undefined;
  orders: Record<string, Order>;
  /**
   * An event arrived past a gap (its `seq` more than one ahead): the board no longer knows it
   * is complete and asks for a fresh snapshot instead of guessing.
   */
  stale: boolean;
  /** Orders that arrived live since the snapshot, newest last (they ring). */
  arrived: string[];
  /** The restaurant's printers that are not ONLINE, as the socket last said (state, not events: no seq). */
  printers: PrinterTrouble[];
}

export const emptyBoard: BoardState = { seq: undefined, orders: {}, stale: false, arrived: [], printers: [] };

export type BoardAction =
  | { type: 'frame'; frame: BoardFrame }
  | { type: 'order'; order: Order }
  | { type: 'reset' }
  /** A socket opened: it names the printers in trouble, if any, so what the last one said is forgotten. */
  | { type: 'connected' };

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'reset':
      return { ...emptyBoard, printers: state.printers };
    case 'connected':
      return state.printers.length === 0 ? state : { ...state, printers: [] };
    case 'order':
      // An order a move answered with: newer than the board's copy only if its version is.
      return { ...state, orders: keepNewer(state.orders, action.order) };
    case 'frame':
      return applyFrame(state, action.frame);
  }
}

function applyFrame(state: BoardState, frame: BoardFrame): BoardState {
  if (frame.type === 'error') return state;
  if (frame.type === 'printers') return { ...state, printers: frame.printers };
  // State of the menu, not of the orders: whoever shows the menu reads it again (useBoard).
  if (frame.type === 'menu.updated') return state;
  if (frame.type === 'snapshot') {
    const orders: Record<string, Order> = {};
    for (const order of frame.orders) orders[order.id] = order;
    // Orders answered by a move may be newer than the snapshot's: keep whichever version is higher.
    for (const order of Object.values(state.orders)) if (orders[order.id]) orders[order.id] = newer(orders[order.id]!, order);
    return { ...state, seq: frame.seq, orders, stale: false, arrived: state.arrived.filter((id) => orders[id]) };
  }
  if (state.seq === undefined || state.stale) return state;
  if (frame.seq <= state.seq) return state; // a duplicate (a replay overlapping what we have)
  if (frame.seq > state.seq + 1) return { ...state, stale: true };
  const arrived =
    frame.type === 'order.created' && !state.orders[frame.order.id] ? [...state.arrived, frame.order.id] : state.arrived;
  return { ...state, seq: frame.seq, orders: keepNewer(state.orders, frame.order), arrived };
}

function newer(a: Order, b: Order): Order {
  return b.version > a.version ? b : a;
}

function keepNewer(orders: Record<string, Order>, order: Order): Record<string, Order> {
  const have = orders[order.id];
  if (have && have.version >= order.version) return orders;
  return { ...orders, [order.id]: order };
}

// Lanes ---------------------------------------------------------------------------------------

export type Lane = 'new' | 'accepted' | 'preparing' | 'ready' | 'outForDelivery' | 'scheduled' | 'done';

export const LANES: readonly Lane[] = ['new', 'accepted', 'preparing', 'ready', 'outForDelivery', 'scheduled', 'done'];

export const FINAL: readonly OrderStatus[] = ['COMPLETED', 'REJECTED', 'CANCELLED'];
const RECENTLY_DONE_MS = 2 * 60 * 60 * 1000;

/** When an order became final: its completion, else the last move of its history. */
export function finishedAt(order: Order): number {
  const last = order.history[order.history.length - 1];
  return Date.parse(order.completedAt ?? last?.at ?? order.placedAt);
}

/**
 * A scheduled order is not yet due while its time, less the prep time the kitchen needs, is
 * still ahead (the server's rule for the board, README "Running the pass").
 */
export function isScheduledNotDue(order: Order, now: number, prepMinutes: number): boolean {
  if (!order.scheduledFor || (order.status !== 'PLACED' && order.status !== 'ACCEPTED')) return false;
  return Date.parse(order.scheduledFor) - prepMinutes * 60_000 > now;
}

export function laneOf(order: Order, now: number, prepMinutes: number): Lane | undefined {
  if (FINAL.includes(order.status)) return now - finishedAt(order) <= RECENTLY_DONE_MS ? 'done' : undefined;
  if (isScheduledNotDue(order, now, prepMinutes)) return 'scheduled';
  switch (order.status) {
    case 'PLACED':
      return 'new';
    case 'ACCEPTED':
      return 'accepted';
    case 'PREPARING':
      return 'preparing';
    case 'READY':
      return 'ready';
    case 'OUT_FOR_DELIVERY':
      return 'outForDelivery';
    default:
      return undefined;
  }
}

/** The board's orders by lane: oldest first where work waits, latest first among the done. */
export function lanes(state: BoardState, now: number, prepMinutes: number): Record<Lane, Order[]> {
  const byLane = Object.fromEntries(LANES.map((lane) => [lane, [] as Order[]])) as Record<Lane, Order[]>;
  for (const order of Object.values(state.orders)) {
    const lane = laneOf(order, now, prepMinutes);
    if (lane) byLane[lane].push(order);
  }
  for (const lane of LANES) {
    if (lane === 'done') byLane[lane].sort((a, b) => finishedAt(b) - finishedAt(a));
    else if (lane === 'scheduled') byLane[lane].sort((a, b) => Date.parse(a.scheduledFor!) - Date.parse(b.scheduledFor!));
    else byLane[lane].sort((a, b) => Date.parse(a.placedAt) - Date.parse(b.placedAt) || a.number - b.number);
  }
  return byLane;
}
