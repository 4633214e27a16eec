import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock, elapsedMs, remainingMs, urgency } from './timers';
import { anOrder } from '../../../test/orders';

const thresholds = { dueSoonMinutes: 5, lateAfterMinutes: 2 };

describe('the card timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T19:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('are on time, then due soon inside the first threshold, then late past the second', () => {
    const order = anOrder({ estimatedReadyAt: '2026-11-27T19:10:00Z' });

    expect(urgency(order, Date.now(), thresholds)).toBe('onTime');
    vi.advanceTimersByTime(5 * 60_000 - 1000);
    expect(urgency(order, Date.now(), thresholds)).toBe('onTime');
    vi.advanceTimersByTime(1000);
    expect(urgency(order, Date.now(), thresholds)).toBe('dueSoon');
    vi.advanceTimersByTime(7 * 60_000);
    expect(urgency(order, Date.now(), thresholds)).toBe('dueSoon');
    vi.advanceTimersByTime(1000);
    expect(urgency(order, Date.now(), thresholds)).toBe('late');
  });

  it('count the time since placed and down to the promise', () => {
    const order = anOrder({ placedAt: '2026-11-27T18:48:30Z', estimatedReadyAt: '2026-11-27T19:03:00Z' });

    expect(clock(elapsedMs(order, Date.now()))).toBe('11:30');
    expect(clock(remainingMs(order, Date.now()))).toBe('3:00');
    vi.advanceTimersByTime(4 * 60_000);
    expect(remainingMs(order, Date.now())).toBeLessThan(0);
    expect(clock(remainingMs(order, Date.now()))).toBe('1:00');
    expect(clock(3_725_000)).toBe('1:02:05');
  });
});
