// Money and times as the restaurant's guests read them: its currency, its time zone, the
// browser's language. Money arrives in minor units; the currency says how many decimals it has.

import { currentLanguage } from './language';

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, chosen?: string): Intl.NumberFormat {
  // The language the guest chose, else the browser's own formats.
  const locale = chosen ?? currentLanguage();
  const key = `${locale ?? ''}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format;
}

export function formatMoney(minorUnits: number, currency: string, locale?: string): string {
  const format = moneyFormat(currency, locale);
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** decimals);
}

export function formatTime(instant: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? currentLanguage(), { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

export function formatDayTime(instant: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? currentLanguage(), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** The local date (YYYY-MM-DD) of an instant in a time zone, for `/slots?date=`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** Whether two instants fall on the same local day of the time zone (to leave the date out). */
export function sameLocalDay(a: Date, b: Date, timeZone: string): boolean {
  return localDate(a, timeZone) === localDate(b, timeZone);
}

/** The decimals of a currency's minor unit (2 for USD, 0 for JPY). */
export function currencyDecimals(currency: string): number {
  return moneyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount the guest typed ("3", "3.5", "3,50") in minor units, by its digits (no floating
 * point); undefined when it is not an amount of this currency.
 */
export function parseMinorUnits(text: string, currency: string): number | undefined {
  const decimals = currencyDecimals(currency);
  const match = /^\s*(\d{1,7})(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return undefined;
  return Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

/**
 * The instant a local date (YYYY-MM-DD) starts in a time zone, for filters that take RFC 3339
 * bounds: the zone's offset at that midnight, read back through Intl (no zone library).
 */
export function startOfLocalDay(date: string, timeZone: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(guess));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asIfUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return new Date(guess - (asIfUtc - guess)).toISOString();
}
