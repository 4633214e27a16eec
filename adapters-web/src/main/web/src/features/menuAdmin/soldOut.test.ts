import { describe, expect, it } from 'vitest';
import { backOn, localInstant, parseStock, untilISaySo, untilTime, untilTomorrow } from './soldOut';

describe('selling an item out until a time', () => {
  it('finds a local wall time in the restaurant zone, summer or winter', () => {
    expect(localInstant('2026-12-08', '17:00', 'America/New_York').toISOString()).toBe('2026-12-08T22:00:00.000Z');
    expect(localInstant('2026-07-08', '17:00', 'America/New_York').toISOString()).toBe('2026-07-08T21:00:00.000Z');
    expect(localInstant('2026-12-08', '17:00', 'Europe/Berlin').toISOString()).toBe('2026-12-08T16:00:00.000Z');
  });

  it('takes 17:00 today while it is earlier, else 17:00 tomorrow', () => {
    const morning = new Date('2026-12-08T15:00:00Z'); // 10:00 in New York
    const evening = new Date('2026-12-08T23:30:00Z'); // 18:30 in New York
    expect(untilTime(morning, '17:00', 'America/New_York')).toEqual({ availableAgainAt: '2026-12-08T22:00:00.000Z' });
    expect(untilTime(evening, '17:00', 'America/New_York')).toEqual({ availableAgainAt: '2026-12-09T22:00:00.000Z' });
  });

  it('brings it back tomorrow at the start of the restaurant day, across the UTC date line', () => {
    // 21:00 on the 8th in New York is already the 9th in UTC: tomorrow is still the 9th, locally.
    expect(untilTomorrow(new Date('2026-12-09T02:00:00Z'), 'America/New_York'))
      .toEqual({ availableAgainAt: '2026-12-09T05:00:00.000Z' });
  });

  it('sells out until someone says so, and back on', () => {
    expect(untilISaySo).toEqual({ available: false, availableAgainAt: null });
    expect(backOn).toEqual({ available: true });
  });
});

describe('portions left as typed', () => {
  it('is a whole number 0..100000, or empty for not counted', () => {
    expect(parseStock('12')).toBe(12);
    expect(parseStock(' 0 ')).toBe(0);
    expect(parseStock('')).toBeNull();
    expect(parseStock('-1')).toBeUndefined();
    expect(parseStock('1.5')).toBeUndefined();
    expect(parseStock('100001')).toBeUndefined();
    expect(parseStock('twelve')).toBeUndefined();
  });
});
