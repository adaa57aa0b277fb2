import { css, html } from 'lit';
import { Task } from '@lit/task';
import type { BookingDetail } from '@slotkit/sdk';
import '../../components/dialog.ts';
import '../../components/form-field.ts';
import '../../components/page-header.ts';
import { defineElement } from '../../components/define-element.ts';
import type { Dialog } from '../../components/dialog.ts';
import { PageElement } from '../../components/page-element.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import { errorMessage } from '../../app/api.ts';
import { formatDateTime, formatMoney, formatRange, STATUS_LABELS } from '../../app/format.ts';
import { zonedDate } from '../../app/zoned-time.ts';
import { sharedStyles } from '../../styles/shared.ts';
import { allowedActions, type BookingAction } from './booking-actions.ts';
import { actorLabel, renderHistory } from './history-timeline.ts';
import './reschedule-picker.ts';
import type { ReschedulePicker } from './reschedule-picker.ts';

type DialogAction = 'cancel' | 'decline' | 'reschedule';

const DONE: Record<BookingAction, string> = {
  confirm: 'Booking confirmed.', decline: 'Booking declined.', cancel: 'Booking cancelled.', reschedule: 'Booking rescheduled.',
  complete: 'Marked as completed.', 'no-show': 'Marked as no-show.',
};

const LOCATION_LABELS: Record<string, string> = { video: 'Video call', phone: 'Phone call', in_person: 'In person', custom: 'Custom' };

/**
 * `#/bookings/:uid`: every field of a booking, its history with internal notes (and a form to
 * add one), and the actions its status allows: confirm, decline, cancel with a reason,
 * reschedule with a slot picker, no-show, complete.
 */
export class BookingDetailPage extends PageElement {
  static override properties = { dialog: { state: true }, busy: { state: true }, chosenSlot: { state: true } };
  static override styles = [sharedStyles, css`
    .layout{display:grid;gap:1rem;grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start}
    @media (max-width:60rem){.layout{grid-template-columns:minmax(0,1fr)}}
    dl{display:grid;grid-template-columns:minmax(7rem,max-content) minmax(0,1fr);gap:.5rem 1rem;margin:0}
    dt{color:var(--sk-muted);font-weight:500}
    dd{margin:0;overflow-wrap:anywhere}
    @media (max-width:30rem){dl{grid-template-columns:minmax(0,1fr)}dd{margin-bottom:.35rem}}
    h2{margin-bottom:.75rem}
    .timeline{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-direction:column;gap:.6rem}
    .timeline li{border-left:3px solid var(--sk-border);padding:.1rem 0 .1rem .75rem}
    .timeline li.is-note{border-left-color:var(--sk-warning)}
    .timeline p{margin:.2rem 0 0}
    .note-text{white-space:pre-wrap;background:var(--sk-warning-soft);border-radius:var(--sk-radius);padding:.4rem .6rem}
    .actions{display:flex;flex-wrap:wrap;gap:.5rem}
    .status-line{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
    .back{display:inline-block;margin-bottom:.5rem}
  `];
  declare dialog: DialogAction | undefined;
  declare busy: boolean;
  declare chosenSlot: string;

  constructor() {
    super();
    this.busy = false;
    this.chosenSlot = '';
  }

  #booking = new Task(this, {
    task: ([uid], { signal }) => this.api.bookings.get(uid ?? '', { signal }),
    args: () => [this.params.uid] as const,
  });

  /** Members' names for the history ("Olivia Owner confirmed"); without them it says "A team member". */
  #members = new Task(this, {
    task: async ([api], { signal }) => new Map((await api.members.list({ limit: 100 }, { signal })).data.map((m) => [m.id, m.name || m.email])),
    args: () => [this.api] as const,
  });

  get #timezone() {
    return this.session.workspace.timezone;
  }

  async #act(action: BookingAction, run: () => Promise<unknown>) {
    this.busy = true;
    try {
      await run();
      showToast(DONE[action]);
      this.renderRoot.querySelector<Dialog>('sk-dialog')?.close();
      await this.#booking.run();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    } finally {
      this.busy = false;
    }
  }

  #open(action: DialogAction) {
    this.dialog = action;
    this.chosenSlot = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<Dialog>('sk-dialog')?.show());
  }

  #submitDialog(event: SubmitEvent, booking: BookingDetail) {
    event.preventDefault();
    const action = this.dialog;
    if (!action) return;
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    const body = reason ? { reason } : {};
    if (action === 'reschedule') {
      if (!this.chosenSlot) return showToast('Choose a new time first.', 'error');
      void this.#act('reschedule', () => this.api.bookings.reschedule(booking.uid, { start: this.chosenSlot }));
    } else {
      void this.#act(action, () => this.api.bookings[action](booking.uid, body));
    }
  }

  async #addNote(event: SubmitEvent, uid: string) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('note') ?? '').trim();
    if (!text) return;
    this.busy = true;
    try {
      await this.api.bookings.addNote(uid, text);
      form.reset();
      showToast('Note added.');
      await this.#booking.run();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`<a class="back" href="#/bookings">← All bookings</a>
      ${renderTask(this.#booking, (booking) => this.#content(booking), 'Loading the booking…')}`;
  }

  #content(booking: BookingDetail) {
    const allowed = this.canWrite ? allowedActions(booking, new Date()) : new Set<BookingAction>();
    const tz = this.#timezone;
    const button = (action: BookingAction, label: string, onClick: () => void, kind = '') => allowed.has(action)
      ? html`<button type="button" class=${kind} ?disabled=${this.busy} @click=${onClick}>${label}</button>` : '';
    return html`
      <sk-page-header heading="${booking.attendee.name} · ${booking.eventType.title}">
        <span slot="description" class="status-line"><span class="badge ${booking.status}">${STATUS_LABELS[booking.status]}</span>
          <span>${formatRange(booking.start, booking.end, tz)}</span></span>
        <div class="actions">
          ${button('confirm', 'Confirm', () => void this.#act('confirm', () => this.api.bookings.confirm(booking.uid)), 'primary')}
          ${button('decline', 'Decline…', () => this.#open('decline'))}
          ${button('reschedule', 'Reschedule…', () => this.#open('reschedule'))}
          ${button('cancel', 'Cancel booking…', () => this.#open('cancel'), 'danger')}
          ${button('complete', 'Mark completed', () => void this.#act('complete', () => this.api.bookings.complete(booking.uid)))}
          ${button('no-show', 'Mark no-show', () => void this.#act('no-show', () => this.api.bookings.noShow(booking.uid)))}
        </div>
      </sk-page-header>
      <div class="layout">
        <section class="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          ${this.#details(booking)}
        </section>
        <section class="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          ${renderHistory(booking.history, tz, (actor) => actorLabel(actor, this.#members.value ?? new Map(), this.session.member.id))}
          ${this.canWrite ? html`<form class="stack" @submit=${(e: SubmitEvent) => this.#addNote(e, booking.uid)}>
            <sk-form-field label="Internal note" name="note" type="textarea" maxlength="5000" required
              hint="Only your team sees notes: never the customer, emails or webhooks."></sk-form-field>
            <div class="row end"><button type="submit" ?disabled=${this.busy}>Add note</button></div>
          </form>` : ''}
        </section>
      </div>
      ${this.#dialog(booking)}`;
  }

  #details(b: BookingDetail) {
    const tz = this.#timezone;
    const answers = Object.entries(b.answers);
    const metadata = Object.entries(b.metadata ?? {});
    return html`<dl>
      <dt>When</dt><dd>${formatRange(b.start, b.end, tz)} <span class="muted">(${tz})</span>
        ${b.timezone !== tz ? html`<br><span class="muted">Attendee's time: ${formatRange(b.start, b.end, b.timezone)} (${b.timezone})</span>` : ''}</dd>
      <dt>Attendee</dt><dd>${b.attendee.name}<br><a href="mailto:${b.attendee.email}">${b.attendee.email}</a>${b.attendee.phone ? html`<br>${b.attendee.phone}` : ''}</dd>
      <dt>Event type</dt><dd>${b.eventType.title} <span class="muted mono">${b.eventType.slug}</span></dd>
      <dt>Host</dt><dd>${b.host.name}</dd>
      <dt>Location</dt><dd>${LOCATION_LABELS[b.location.kind] ?? b.location.kind}${b.location.value ? html`: ${b.location.value}` : ''}</dd>
      <dt>Seats</dt><dd>${b.seats}</dd>
      ${b.guests.length ? html`<dt>Guests</dt><dd>${b.guests.join(', ')}</dd>` : ''}
      ${answers.map(([key, value]) => html`<dt>${key}</dt><dd>${typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value}</dd>`)}
      <dt>Price</dt><dd>${b.price ? formatMoney(b.price) : 'Free'}</dd>
      ${b.payment ? html`<dt>Payment</dt><dd><a href="#/payments/${b.payment.id}">${b.payment.status.replace(/_/g, ' ')}</a></dd>` : ''}
      ${b.cancelReason ? html`<dt>Reason</dt><dd>${b.cancelReason}</dd>` : ''}
      ${metadata.length ? html`<dt>Metadata</dt><dd class="mono">${metadata.map(([k, v]) => html`${k}=${v}<br>`)}</dd>` : ''}
      <dt>Booking id</dt><dd class="mono">${b.uid}</dd>
      <dt>Booked</dt><dd>${formatDateTime(b.createdAt, tz)}</dd>
      <dt>Last change</dt><dd>${formatDateTime(b.updatedAt, tz)}</dd>
    </dl>`;
  }

  #dialog(booking: BookingDetail) {
    const action = this.dialog;
    if (!action) return '';
    const heading = { cancel: 'Cancel this booking?', decline: 'Decline this request?', reschedule: 'Choose a new time' }[action];
    const submit = { cancel: 'Cancel booking', decline: 'Decline', reschedule: 'Reschedule' }[action];
    const durationMinutes = Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000);
    const today = zonedDate(new Date(), this.#timezone);
    const from = zonedDate(new Date(booking.start), this.#timezone);
    return html`<sk-dialog heading=${heading} @close=${() => { this.dialog = undefined; }}>
      <form id="action-form" class="stack" @submit=${(e: SubmitEvent) => this.#submitDialog(e, booking)}>
        ${action === 'reschedule'
          ? html`<p>Now: ${formatRange(booking.start, booking.end, this.#timezone)}. The customer is emailed the new time.</p>
            <sk-reschedule-picker .api=${this.api} workspace=${this.session.workspace.slug} event-type=${booking.eventType.slug}
              host=${booking.host.id} timezone=${this.#timezone} .duration=${durationMinutes} from=${from < today ? today : from}
              exclude=${booking.start} @change=${(e: Event) => { this.chosenSlot = (e.target as ReschedulePicker).value; }}></sk-reschedule-picker>`
          : html`<p>The customer is emailed${action === 'cancel' ? ' and the time is freed at once' : ''}.</p>
            <sk-form-field label="Reason (optional, shown to the customer)" name="reason" type="textarea" maxlength="500"></sk-form-field>`}
      </form>
      <button slot="actions" type="submit" form="action-form" class=${action === 'reschedule' ? 'primary' : 'danger'}
        ?disabled=${this.busy || (action === 'reschedule' && !this.chosenSlot)}>${submit}</button>
    </sk-dialog>`;
  }
}

defineElement('sk-page-booking-detail', BookingDetailPage);

declare global {
  interface HTMLElementTagNameMap { 'sk-page-booking-detail': BookingDetailPage }
}
