import { html } from 'lit';
import type { BookingDetail } from '@slotkit/sdk';
import { formatDateTime } from '../../app/format.ts';

type HistoryEntry = BookingDetail['history'][number];

const EVENT_LABELS: Record<string, string> = {
  created: 'Booked', confirmed: 'Confirmed', declined: 'Declined', cancelled: 'Cancelled', rescheduled: 'Rescheduled',
  completed: 'Completed', no_show: 'Marked no-show', note: 'Internal note', payment_succeeded: 'Payment received',
  payment_failed: 'Payment failed', refunded: 'Refunded',
};

/** "Cancelled", "Internal note", or the raw type made readable. */
export function historyLabel(type: string): string {
  return EVENT_LABELS[type] ?? type.replace(/[_.]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * Who did it, for people: "Customer", a member's name ("you" for the signed-in one), "API key",
 * "Slotkit" for the system; anything else as the API said it.
 */
export function actorLabel(actor: string, names: ReadonlyMap<string, string>, selfId: string): string {
  if (actor === 'customer') return 'Customer';
  if (actor === 'system') return 'Slotkit';
  const member = /^admin:member:(.+)$/.exec(actor)?.[1];
  if (member) return member === selfId ? 'You' : names.get(member) ?? 'A team member';
  if (actor.startsWith('admin:')) return 'API key';
  return actor;
}

function details(entry: HistoryEntry, timeZone: string) {
  const data = entry.data as Record<string, unknown>;
  if (entry.type === 'note' && typeof data.text === 'string') return html`<p class="note-text">${data.text}</p>`;
  if (entry.type === 'rescheduled' && typeof data.from === 'string' && typeof data.to === 'string') {
    return html`<p>From ${formatDateTime(data.from, timeZone)} to ${formatDateTime(data.to, timeZone)}</p>`;
  }
  if (typeof data.reason === 'string' && data.reason) return html`<p>Reason: ${data.reason}</p>`;
  return '';
}

/** The booking's history, newest first, as an ordered list a screen reader reads in order. */
export function renderHistory(history: readonly HistoryEntry[], timeZone: string, actor: (raw: string) => string) {
  const entries = [...history].reverse();
  return html`<ol class="timeline">${entries.map((entry) => html`<li class=${entry.type === 'note' ? 'is-note' : ''}>
    <div class="when"><strong>${historyLabel(entry.type)}</strong> <span class="muted">· ${formatDateTime(entry.at, timeZone)} · ${actor(entry.actor)}</span></div>
    ${details(entry, timeZone)}
  </li>`)}</ol>`;
}
