import type { Booking } from '@slotkit/sdk';
import type { Money } from './api.ts';

/** People's words for booking statuses. */
export const STATUS_LABELS: Record<Booking['status'], string> = {
  pending_payment: 'Awaiting payment',
  pending_confirmation: 'Awaiting confirmation',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  completed: 'Completed',
  no_show: 'No-show',
};

/** Every booking status, in the order filters list them. */
export const BOOKING_STATUSES = Object.keys(STATUS_LABELS) as Booking['status'][];

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, f = new Intl.DateTimeFormat(undefined, { timeZone, ...options }));
  return f;
}

/** "Tue, Dec 1, 2026, 10:00 AM" in a time zone (the browser's language). */
export function formatDateTime(iso: string, timeZone: string): string {
  return format(timeZone, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "Tue, Dec 1, 10:00 AM" (no year) in a time zone, for tables and lists. */
export function formatShortDateTime(iso: string, timeZone: string): string {
  return format(timeZone, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "10:00 AM" in a time zone. */
export function formatTime(iso: string, timeZone: string): string {
  return format(timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "Tue, Dec 1" for a local date. */
export function formatLocalDate(date: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' }): string {
  return format('UTC', options).format(new Date(`${date}T00:00:00Z`));
}

/** "Tue, Dec 1, 2026, 10:00 – 10:30 AM" in a time zone. */
export function formatRange(startIso: string, endIso: string, timeZone: string): string {
  const f = format(timeZone, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  return f.formatRange(new Date(startIso), new Date(endIso));
}

/** "€50.00" from integer minor units. */
export function formatMoney(money: Money): string {
  try {
    const f = new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency.toUpperCase() });
    const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
    return f.format(money.amount / 10 ** digits);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** Several amounts in different currencies, "€50.00 · $20.00"; "—" for none. */
export function formatMoneyList(list: readonly Money[]): string {
  return list.length ? list.map(formatMoney).join(' · ') : '—';
}

/** "12.5%" for 0.125. */
export function formatPercent(rate: number): string {
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
