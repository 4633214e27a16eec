import { formatMoney, formatTime, localDate, parseMinorUnits, startOfLocalDay } from './format';

describe('money and time in the restaurant\'s currency and time zone', () => {
  it('formats minor units by the currency\'s decimals', () => {
    expect(formatMoney(3348, 'USD', 'en-US')).toBe('$33.48');
    expect(formatMoney(1500, 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney(1234, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('12,34 €');
  });

  it('reads a typed amount by its digits, refusing more decimals than the currency has', () => {
    expect(parseMinorUnits('3.5', 'USD')).toBe(350);
    expect(parseMinorUnits('3,50', 'EUR')).toBe(350);
    expect(parseMinorUnits('12', 'USD')).toBe(1200);
    expect(parseMinorUnits('0.105', 'USD')).toBeUndefined();
    expect(parseMinorUnits('abc', 'USD')).toBeUndefined();
    expect(parseMinorUnits('300', 'JPY')).toBe(300);
  });

  it('shows times and dates on the restaurant\'s clock', () => {
    expect(formatTime('2026-12-01T18:05:00Z', 'America/New_York', 'en-US')).toBe('1:05 PM');
    expect(localDate(new Date('2026-12-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-30');
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight of the zone, across a daylight saving change', () => {
    expect(startOfLocalDay('2026-11-27', 'America/New_York')).toBe('2026-11-27T05:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfLocalDay('2026-11-27', 'Asia/Tokyo')).toBe('2026-11-26T15:00:00.000Z');
  });
});
