import type { SupplyChange } from '../../lib/api/portalTypes';
import { localDate } from '../../lib/format';

/**
 * The instant a local wall time (HH:MM) on a local date (YYYY-MM-DD) falls at in a time zone:
 * the zone's offset read back through Intl (no zone library), checked once more for a change
 * of offset (summer time) between the guess and the answer.
 */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(instant));
    const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - instant;
  };
  const first = wanted - offsetAt(wanted);
  return new Date(wanted - offsetAt(first));
}

function nextDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** "86 until 17:00": the next time the restaurant's clock shows {@code time}, today or else tomorrow. */
export function untilTime(now: Date, time: string, timeZone: string): SupplyChange {
  const today = localDate(now, timeZone);
  const at = localInstant(today, time, timeZone);
  const when = at.getTime() > now.getTime() ? at : localInstant(nextDay(today), time, timeZone);
  return { availableAgainAt: when.toISOString() };
}

/** "86 until tomorrow": back when the restaurant's next day starts. */
export function untilTomorrow(now: Date, timeZone: string): SupplyChange {
  return { availableAgainAt: localInstant(nextDay(localDate(now, timeZone)), '00:00', timeZone).toISOString() };
}

/** "86 until I say": sold out with no time to come back. */
export const untilISaySo: SupplyChange = { available: false, availableAgainAt: null };

export const backOn: SupplyChange = { available: true };

/** The most portions the API counts. */
export const MAX_STOCK = 100_000;

/**
 * The portions left as typed: empty is "not counted" (null), a whole number 0..100000 is the
 * count, anything else undefined (not valid).
 */
export function parseStock(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  const stock = Number(trimmed);
  return stock <= MAX_STOCK ? stock : undefined;
}
