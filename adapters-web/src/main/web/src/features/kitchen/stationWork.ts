import type { Station } from '../../lib/api/portalTypes';
import type { Order, OrderLine } from '../../lib/api/types';
import { isScheduledNotDue, type BoardState } from '../board/boardReducer';

// What each kitchen screen shows, worked out from the board's live state (API.md "Kitchen").
// Pure, so the screens' rules are tested without a browser or a socket.

/** A line may be recalled this long after its bump (the server's rule). */
export const RECALL_WINDOW_MS = 10 * 60_000;
/** The recall strip shows at most this many of the latest bumps. */
export const RECALL_STRIP_SIZE = 8;

export interface StationTicket {
  order: Order;
  /** The station's lines of the order still to make, then those done. */
  todo: OrderLine[];
  done: OrderLine[];
}

export interface RecentBump {
  order: Order;
  line: OrderLine;
  doneAt: number;
}

const IN_KITCHEN = new Set(['ACCEPTED', 'PREPARING']);

function startedAt(order: Order): number {
  return Date.parse(order.acceptedAt ?? order.placedAt);
}

function oldestFirst(a: Order, b: Order): number {
  return startedAt(a) - startedAt(b) || a.number - b.number;
}

export function linesOf(order: Order, stationId: string): OrderLine[] {
  return order.lines.filter((line) => line.stationIds?.includes(stationId));
}

/**
 * The station screen's tickets: accepted or preparing orders (not a scheduled one before its
 * time to start) with a line of this station still to make, the oldest accepted first.
 */
export function stationTickets(state: BoardState, stationId: string, now: number, prepMinutes: number): StationTicket[] {
  return Object.values(state.orders)
    .filter((order) => IN_KITCHEN.has(order.status) && !isScheduledNotDue(order, now, prepMinutes))
    .map((order) => {
      const lines = linesOf(order, stationId);
      return { order, todo: lines.filter((line) => !line.doneAt), done: lines.filter((line) => line.doneAt) };
    })
    .filter((ticket) => ticket.todo.length > 0)
    .sort((a, b) => oldestFirst(a.order, b.order));
}

/** The station's bumps of the last 10 minutes that may still be recalled, the latest first. */
export function recentBumps(state: BoardState, stationId: string, now: number): RecentBump[] {
  const bumps: RecentBump[] = [];
  for (const order of Object.values(state.orders)) {
    if (!IN_KITCHEN.has(order.status) && order.status !== 'READY') continue;
    for (const line of linesOf(order, stationId)) {
      if (!line.doneAt) continue;
      const doneAt = Date.parse(line.doneAt);
      if (now - doneAt <= RECALL_WINDOW_MS) bumps.push({ order, line, doneAt });
    }
  }
  return bumps.sort((a, b) => b.doneAt - a.doneAt).slice(0, RECALL_STRIP_SIZE);
}

export interface StationProgress {
  stationId: string;
  name: string;
  done: number;
  total: number;
}

/** An order's progress at each station that has lines of it, in the stations' order. */
export function progress(order: Order, stations: Station[]): StationProgress[] {
  return stations
    .filter((station) => station.id !== undefined)
    .map((station) => {
      const lines = linesOf(order, station.id!);
      return { stationId: station.id!, name: station.name, done: lines.filter((line) => line.doneAt).length, total: lines.length };
    })
    .filter((station) => station.total > 0);
}

const ON_EXPO = new Set(['ACCEPTED', 'PREPARING', 'READY']);

/** The expo screen: whole orders from accepted to ready, the oldest first. */
export function expoOrders(state: BoardState, now: number, prepMinutes: number): Order[] {
  return Object.values(state.orders)
    .filter((order) => ON_EXPO.has(order.status) && !isScheduledNotDue(order, now, prepMinutes))
    .sort(oldestFirst);
}

// The station this device shows, remembered in the browser (a screen stays on its station).

const REMEMBERED = 'chit.portal.station';

export interface RememberedStation {
  restaurantId: string;
  /** A station's id, or 'expo' for the expo screen. */
  stationId: string;
}

export function rememberStation(choice: RememberedStation): void {
  try {
    localStorage.setItem(REMEMBERED, JSON.stringify(choice));
  } catch {
    // Private mode or storage full: the screen simply asks again next time.
  }
}

export function rememberedStation(): RememberedStation | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null') as Partial<RememberedStation> | null;
    return value && typeof value.restaurantId === 'string' && typeof value.stationId === 'string'
      ? { restaurantId: value.restaurantId, stationId: value.stationId }
      : undefined;
  } catch {
    return undefined;
  }
}
