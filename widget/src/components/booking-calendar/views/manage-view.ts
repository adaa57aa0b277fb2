import type { Booking } from '@slotkit/sdk';
import { html, nothing } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import { renderSummary } from './summary.ts';

/** Which part of manage mode shows. */
export type ManageStep = 'overview' | 'cancel' | 'cancelled' | 'rescheduled';

/** What the manage views show and do. */
export interface ManageView {
  booking: Booking;
  step: ManageStep;
  canReschedule: boolean;
  sending: boolean;
  error: string | undefined;
  locale: string;
  timezone: string;
  now: number;
  t: Strings;
  onCancel: () => void;
  onConfirmCancel: (reason: string) => void;
  onReschedule: () => void;
  onBack: () => void;
}

/** Manage mode: the booking with "Cancel booking" and "Reschedule", the cancel form, and the outcomes. */
export function renderManage(v: ManageView) {
  const { booking: b, t } = v;
  const heading = v.step === 'cancelled' ? t.bookingCancelled : v.step === 'rescheduled' ? t.bookingRescheduled : b.eventType.title;
  const closed = b.status === 'cancelled' || b.status === 'completed' || b.status === 'no_show' || Date.parse(b.end) <= v.now;
  return html`<section part="manage" aria-labelledby="manage-title">
    <h2 id="manage-title" tabindex="-1">${heading}</h2>
    ${renderSummary({ title: b.eventType.title, start: b.start, end: b.end, locale: v.locale, timezone: v.timezone, t })}
    ${v.error ? html`<p class="notice error" part="error" role="alert">${v.error}</p>` : nothing}
    ${b.status === 'cancelled' && v.step !== 'cancelled' ? html`<p class="notice" part="status">${t.bookingCancelled}</p>` : nothing}
    ${v.step === 'overview' && !closed ? html`<div class="actions">
      ${v.canReschedule ? html`<button class="btn" part="reschedule-button" @click=${v.onReschedule}>${t.reschedule}</button>` : nothing}
      <button class="btn" part="cancel-button" @click=${v.onCancel}>${t.cancelBooking}</button></div>` : nothing}
    ${v.step === 'cancel' ? html`<form part="form cancel-form" novalidate @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      v.onConfirmCancel(String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim());
    }}>
      <div class="field" part="field"><label for="reason">${t.reason} <span class="muted">(${t.optional})</span></label>
        <textarea part="input" id="reason" name="reason" rows="3" maxlength="500"></textarea></div>
      <div class="actions"><button class="btn" type="button" part="back-button" @click=${v.onBack}>${t.back}</button>
        <button class="btn primary" type="submit" part="submit" ?disabled=${v.sending}>${t.confirmCancellation}</button></div>
    </form>` : nothing}
  </section>`;
}
