import type { Order } from '../../lib/api/types';

// A card's two clocks: how long since the guest placed the order, and how long until (or
// since) the time promised to them, coloured by the restaurant's two thresholds.

export type Urgency = 'onTime' | 'dueSoon' | 'late';

export interface Thresholds {
  /** Minutes before the promised time from which the order is due soon. */
  dueSoonMinutes: number;
  /** Minutes after the promised time from which the order is late. */
  lateAfterMinutes: number;
}

export function promisedAt(order: Order): number {
  return Date.parse(order.estimatedReadyAt);
}

/** Milliseconds left until the promise; negative once it has passed. */
export function remainingMs(order: Order, now: number): number {
  return promisedAt(order) - now;
}

export function elapsedMs(order: Order, now: number): number {
  return Math.max(0, now - Date.parse(order.placedAt));
}

export function urgency(order: Order, now: number, thresholds: Thresholds): Urgency {
  const left = remainingMs(order, now);
  if (left < -thresholds.lateAfterMinutes * 60_000) return 'late';
  if (left <= thresholds.dueSoonMinutes * 60_000) return 'dueSoon';
  return 'onTime';
}

/** Whether the promise still matters on the card: once ready, the kitchen's part is done. */
export function isTimed(order: Order): boolean {
  return order.status === 'PLACED' || order.status === 'ACCEPTED' || order.status === 'PREPARING';
}

/** "12:05" for 12 minutes 5 seconds, "1:02:05" past an hour; the sign is left to the caller. */
export function clock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}
