import type { LiveFrame, Order } from '../../lib/api/types';
import type { LiveStatus } from '../../lib/live';

/** What the tracking page knows of one order, from REST reads and the live socket. */
export interface TrackingState {
  order: Order | undefined;
  /** The restaurant's `seq` of the last event applied; events at or below it are old news. */
  seq: number | undefined;
  connection: LiveStatus;
  /** Whether the socket was live once: a later drop is "reconnecting", not "connecting". */
  wasLive: boolean;
  /** Live again after a drop: what was missed has been replayed (or a fresh snapshot taken). */
  resumed: boolean;
  /** The first promise the kitchen made; a later one is a delay. */
  firstPromise: string | undefined;
}

export type TrackingAction =
  | { type: 'loaded'; order: Order }
  | { type: 'frame'; frame: LiveFrame }
  | { type: 'connection'; status: LiveStatus };

export const initialTracking: TrackingState = {
  order: undefined,
  seq: undefined,
  connection: 'connecting',
  wasLive: false,
  resumed: false,
  firstPromise: undefined,
};

export function trackingReducer(state: TrackingState, action: TrackingAction): TrackingState {
  switch (action.type) {
    case 'loaded':
      return withOrder(state, action.order);
    case 'connection':
      return {
        ...state,
        connection: action.status,
        wasLive: state.wasLive || action.status === 'live',
        resumed: action.status === 'live' ? state.wasLive : state.resumed,
      };
    case 'frame':
      return applyFrame(state, action.frame);
  }
}

function applyFrame(state: TrackingState, frame: LiveFrame): TrackingState {
  if (frame.type === 'error') return state;
  if (frame.type === 'snapshot') {
    const order = frame.orders.find((candidate) => candidate.id === state.order?.id) ?? frame.orders[0];
    const next = { ...state, seq: frame.seq };
    return order ? withOrder(next, order) : next;
  }
  if (state.seq !== undefined && frame.seq <= state.seq) return state;
  if (state.order && frame.order.id !== state.order.id) return { ...state, seq: frame.seq };
  return withOrder({ ...state, seq: frame.seq }, frame.order);
}

/** Takes the order unless what is here is newer (a REST answer overtaken by a live event). */
function withOrder(state: TrackingState, order: Order): TrackingState {
  if (state.order && state.order.id === order.id && order.version < state.order.version) return state;
  const promised = order.acceptedAt ? order.estimatedReadyAt : undefined;
  return { ...state, order, firstPromise: state.firstPromise ?? promised };
}

/** The kitchen moved its promise later than it first said. */
export function isDelayed(state: TrackingState): boolean {
  const order = state.order;
  if (!order || !state.firstPromise || !order.acceptedAt) return false;
  return Date.parse(order.estimatedReadyAt) > Date.parse(state.firstPromise);
}

export const STEPS_PICKUP = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'COMPLETED'] as const;
export const STEPS_DELIVERY = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'COMPLETED'] as const;

/** Why the order stopped (rejected or cancelled), as the history says. */
export function endReason(order: Order): string | undefined {
  const end = [...order.history].reverse().find((entry) => entry.to === 'REJECTED' || entry.to === 'CANCELLED');
  return end?.reason ?? undefined;
}
