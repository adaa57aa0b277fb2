import { TaskStatus } from '@lit/task';
import type { Booking, BookingCreated, EventTypePublic, SlotkitPublic } from '@slotkit/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { warnOnce } from '../../dev-warnings.ts';
import { SlotSelectEvent } from '../../events/slot-select.ts';
import { stringsFor, type Strings } from '../../strings/index.ts';
import { browserTimeZone, isTimeZone, metadataConverter } from './attributes.ts';
import { BookingActions } from './booking-actions.ts';
import { bookingCalendarStyles } from './booking-calendar.styles.ts';
import { bookingData } from './booking-data.ts';
import { CheckoutFlow } from './checkout-flow.ts';
import { addMonths, type DateKey, dateKeyIn, startOfMonth } from './date-key.ts';
import { formatDayName, formatMoney } from './format.ts';
import { focusTarget } from './grid-keys.ts';
import { elementLocale, firstDayOfWeek, textDirection } from './locale-info.ts';
import { isPriced, priceLabel } from './pricing.ts';
import { type Slot, slotMinutes } from './slot-months.ts';
import { TimezonePicker } from './timezone-picker.ts';
import { renderBookingForm } from './views/booking-form.ts';
import { renderConfirmation } from './views/confirmation-view.ts';
import { renderEventTypes } from './views/event-type-list.ts';
import { renderManage } from './views/manage-view.ts';
import { renderMonth } from './views/month-view.ts';
import { renderPayment } from './views/payment-view.ts';
import { renderSummary } from './views/summary.ts';
import { renderTimes } from './views/times-view.ts';

/**
 * A booking calendar that lives in the page (no iframe): event type, day, time in the viewer's
 * zone, a short form, confirmation. With `booking-uid` and `token` it manages a booking instead.
 *
 * @summary Book a Slotkit event type, or cancel and reschedule a booking.
 * @event slotkit-slot-select - A time was picked. `detail: { start, end, duration }`.
 * @event slotkit-before-book - Cancelable; sent before booking with `detail: { request }`. `preventDefault()` vetoes it.
 * @event slotkit-booked - A booking was made. `detail: { booking, manageToken }`.
 * @event slotkit-checkout - Cancelable; sent before leaving for Stripe Checkout with `detail: { booking, checkoutUrl }`. `preventDefault()` keeps the customer on the page.
 * @event slotkit-cancelled - The managed booking was cancelled. `detail: { booking }`.
 * @event slotkit-rescheduled - The managed booking was moved. `detail: { booking }`.
 * @event slotkit-error - Loading or sending failed. `detail: { error, code }`.
 * @csspart base - The wrapper of every step.
 * @csspart header - The event type's header and the month header.
 * @csspart nav-button - The previous/next month buttons.
 * @csspart grid - The month grid.
 * @csspart day - A day button (also `day-available` when it has times, `day-selected` when chosen).
 * @csspart day-available - A day with times.
 * @csspart day-selected - The chosen day.
 * @csspart durations - The duration choice.
 * @csspart duration - One duration.
 * @csspart timezone-button - Opens the time-zone picker.
 * @csspart timezone-popover - The time-zone picker.
 * @csspart slots - The list of times.
 * @csspart slot - A time button.
 * @csspart skeleton - A loading placeholder.
 * @csspart empty - The empty state (no times this month).
 * @csspart next-available - The button to the next day with times.
 * @csspart form - The booking and cancel forms.
 * @csspart field - A form field.
 * @csspart input - A form control.
 * @csspart field-error - A field's inline error.
 * @csspart submit - A form's main button.
 * @csspart back-button - Goes back one step.
 * @csspart summary - The booking summary box.
 * @csspart price - The event type's price.
 * @csspart total - The form's total for the chosen seats and rate.
 * @csspart payment - The payment step (on the way to Checkout, or back from it).
 * @csspart held - Until when an unpaid booking holds its time.
 * @csspart pay-button - "Pay now".
 * @csspart confirmation - The done step.
 * @csspart link - Its links (also `calendar-link`, `manage-link`).
 * @csspart calendar-link - "Add to calendar".
 * @csspart manage-link - "Manage booking".
 * @csspart notice - A kind notice (the time was just taken).
 * @csspart error - An error message.
 * @csspart event-types - The list of event types.
 * @csspart event-type - An event type's button.
 * @csspart manage - The manage view.
 * @csspart status - The booking's status notice in manage mode.
 * @csspart cancel-button - "Cancel booking".
 * @csspart reschedule-button - "Reschedule".
 * @csspart cancel-form - The cancel form.
 * @cssproperty --slotkit-accent - Accent colour (buttons, available days).
 * @cssproperty --slotkit-radius - Corner radius.
 * @cssproperty --slotkit-font - Font family.
 * @cssproperty --slotkit-surface - Background colour.
 * @cssproperty --slotkit-text - Text colour.
 */
export class BookingCalendar extends LitElement {
  /** The API used without an `api` attribute; the CDN bundle sets it to the origin it was loaded from. */
  static defaultApi: string | undefined;
  static override styles = bookingCalendarStyles;
  static override properties = {
    api: {}, workspace: {}, eventType: { attribute: 'event-type' }, bookingUid: { attribute: 'booking-uid' }, token: {},
    timezone: {}, locale: {}, name: {}, email: {}, metadata: { converter: metadataConverter }, theme: { reflect: true },
    now: { type: Number },
    _picked: { state: true }, _month: { state: true }, _focus: { state: true }, _day: { state: true }, _slot: { state: true },
    _duration: { state: true }, _step: { state: true }, _notice: { state: true }, _announcement: { state: true }, _refresh: { state: true },
    _seats: { state: true }, _role: { state: true },
  };

  /** API base URL (default: `BookingCalendar.defaultApi`, else the page's origin). */
  declare api: string | undefined;
  /** Workspace slug. */
  declare workspace: string | undefined;
  /** Event type slug; without it the workspace's event types are listed first. */
  declare eventType: string | undefined;
  /** Manage mode: the booking's uid (with `token`). */
  declare bookingUid: string | undefined;
  /** Manage mode: the booking's manage token. */
  declare token: string | undefined;
  /** IANA time zone to show times in (default: the browser's). */
  declare timezone: string | undefined;
  /** BCP 47 locale (default: the nearest `lang` attribute, then the browser's language). */
  declare locale: string | undefined;
  /** Prefills the name field. */
  declare name: string;
  /** Prefills the email field. */
  declare email: string;
  /** Passed through into the booking's `metadata` (string values). */
  declare metadata: Record<string, string>;
  /** `light`, `dark` or `auto` (follows prefers-color-scheme). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The current instant in ms ("today" comes from it); default: the clock. */
  declare now: number | undefined;
  /** @internal */ declare _picked: string | undefined;
  /** @internal */ declare _month: DateKey | undefined;
  /** @internal */ declare _focus: DateKey | undefined;
  /** @internal */ declare _day: DateKey | undefined;
  /** @internal */ declare _slot: Slot | undefined;
  /** @internal */ declare _duration: number | undefined;
  /** @internal */ declare _step: 'calendar' | 'form' | 'move' | 'done';
  /** @internal */ declare _notice: string | undefined;
  /** @internal */ declare _announcement: string;
  /** @internal */ declare _refresh: number;
  /** @internal The seats and customer role chosen in the form (what the price quote is for). */ declare _seats: number;
  /** @internal */ declare _role: string;

  #picker = new TimezonePicker(this, (zone) => { this.timezone = zone; this._day = undefined; });
  /** Sends bookings, cancellations and reschedules, and holds their outcome. @internal */
  readonly actions: BookingActions = new BookingActions(this);
  /** Leaves for Stripe Checkout and handles the return from it. @internal */
  readonly checkout: CheckoutFlow = new CheckoutFlow(this);
  #data = bookingData(this);

  constructor() {
    super();
    this.name = '';
    this.email = '';
    this.metadata = {};
    this._step = 'calendar';
    this._announcement = '';
    this._refresh = 0;
    this._seats = 1;
    this._role = '';
  }

  /** The API base URL in use. */
  get apiBase(): string {
    return (this.api || BookingCalendar.defaultApi || location.origin).replace(/\/+$/, '');
  }

  /** The locale in use. */
  get resolvedLocale(): string {
    return elementLocale(this, this.locale);
  }

  /** The time zone times are shown in. */
  get resolvedTimeZone(): string {
    if (this.timezone && isTimeZone(this.timezone)) return this.timezone;
    if (this.timezone) warnOnce('invalid-timezone', `unknown time zone ${this.timezone}; using the browser's.`);
    return browserTimeZone();
  }

  /** The UI strings in use. @internal */
  get strings(): Strings {
    return stringsFor(this.resolvedLocale);
  }

  /** The managed booking (manage mode), as last loaded or changed. @internal */
  get managedBooking(): Booking | undefined {
    return this.actions.booking ?? this.#data.booking.value;
  }

  /** The event type being booked (or rescheduled). @internal */
  get slug(): string | undefined {
    return this.actions.rescheduling ? this.managedBooking?.eventType.slug : this.eventType || this._picked;
  }

  /** The API client for a base URL. @internal */
  client(api = this.apiBase): SlotkitPublic {
    return this.#data.client(api);
  }

  /** The viewer's today (a date key), from `now`. @internal */
  today(): DateKey {
    return dateKeyIn(this.now ?? Date.now(), this.resolvedTimeZone);
  }

  /** Announces a change to screen readers through the polite live region. @internal */
  announce(text: string): void {
    this._announcement = text;
  }

  /** Forgets loaded slots and loads the visible month again (after a 409 or a booking). @internal */
  refreshSlots(notice?: string): void {
    this.#data.months.clear();
    this._refresh++;
    this._slot = undefined;
    this._step = 'calendar';
    this._notice = notice;
    if (notice) this.announce(notice);
  }

  /** Shows a step and moves focus to `selector` once it is rendered. @internal */
  async show(step: BookingCalendar['_step'], selector?: string): Promise<void> {
    this._step = step;
    if (!selector) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Once, with the first settings in (a <booking-button> sets them after connecting us).
    if (!this.hasUpdated && !this.bookingUid) void this.checkout.resume();
    if (changed.has('eventType') || changed.has('workspace') || changed.has('bookingUid')) this.actions.reset();
    if (!this._month || changed.has('now')) {
      const today = this.today();
      this._month = startOfMonth(today);
      this._focus = today;
    }
  }

  override render() {
    const locale = this.resolvedLocale;
    return html`<div class="root" part="base" dir=${textDirection(locale)} lang=${locale}>
      <div class="step">${this.#renderStep()}</div>
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  #renderStep() {
    const t = this.strings;
    const pending = () => html`<div aria-hidden="true">${[0, 1, 2].map(() => html`<div class="skeleton" part="skeleton"></div>`)}</div><p class="sr-only">${t.loading}</p>`;
    const error = (task: { run: () => unknown }) => () => this.#renderError(task);
    const common = this.#common();
    if (this.bookingUid && !this.actions.rescheduling) {
      return this.#data.booking.render({ pending, error: error(this.#data.booking), complete: () => {
        const booking = this.managedBooking;
        return booking ? renderManage({ ...common, ...this.actions.manageView(booking), now: this.now ?? Date.now() }) : nothing;
      } });
    }
    if (this.checkout.step === 'checking') return pending();
    if (this.checkout.step) return renderPayment({ ...common, ...this.checkout.view() });
    if (this._step === 'done' && this.actions.created) return renderConfirmation({ ...common, ...this.#links(this.actions.created) });
    if (!this.slug) {
      return this.#data.types.render({ pending, error: error(this.#data.types), complete: (types) => types
        ? renderEventTypes({ ...common, types, onPick: (slug) => { this._picked = slug; this._duration = undefined; } })
        : nothing });
    }
    return this.#data.type.render({ pending, error: error(this.#data.type), complete: (et) => (et ? this.#renderEventType(et) : nothing) });
  }

  // What every view needs: the locale, the zone and the strings.
  #common() {
    return { locale: this.resolvedLocale, timezone: this.resolvedTimeZone, t: this.strings };
  }

  #renderError(task: { run: () => unknown }) {
    return html`<div class="notice error" part="error" role="alert"><p>${this.strings.loadFailed}</p>
      <button class="btn" @click=${() => task.run()}>${this.strings.retry}</button></div>`;
  }

  #links(created: BookingCreated) {
    const { uid } = created.booking;
    return {
      created,
      calendarUrl: this.client().manage(uid, created.manageToken).calendarUrl(),
      manageUrl: `${this.apiBase}/manage/${encodeURIComponent(uid)}?token=${encodeURIComponent(created.manageToken)}`,
    };
  }

  #renderEventType(et: EventTypePublic) {
    const common = this.#common();
    const t = common.t;
    const slot = this._slot;
    const moving = this.actions.rescheduling;
    const back = moving ? () => this.actions.stopRescheduling()
      : this._picked && !this.eventType ? () => { this._picked = undefined; } : undefined;
    const price = moving ? undefined : priceLabel(et, common.locale, t);
    const header = html`<header part="header"><h2 id="form-title" tabindex="-1">${moving ? t.pickNewTime : et.title}</h2>
      ${price ? html`<p part="price"><strong>${price}</strong></p>` : nothing}
      ${et.description && !moving ? html`<p class="muted">${et.description}</p>` : nothing}</header>`;
    if (slot && (this._step === 'form' || this._step === 'move')) {
      const summary = renderSummary({ ...common, title: et.title, start: slot.start, end: slot.end });
      return html`${header}${this._step === 'form'
        ? renderBookingForm({ ...this.actions.formView(et, slot), t, summary, onBack: () => void this.show('calendar'), pricing: this.#pricing(et) })
        : this.actions.renderMoveConfirmation(summary, slot)}`;
    }
    const slots = this.#data.slots.value;
    const counts = slots && this.#data.slots.status !== TaskStatus.PENDING ? new Map([...slots].map(([d, s]) => [d, s.length])) : undefined;
    const firstDay = firstDayOfWeek(this.resolvedLocale);
    const today = this.today();
    return html`${header}
      ${back ? html`<button class="btn" part="back-button" @click=${back}>${t.back}</button>` : nothing}
      ${this._notice ? html`<p class="notice" part="notice" role="alert">${this._notice}</p>` : nothing}
      ${this.#data.slots.status === TaskStatus.ERROR ? this.#renderError(this.#data.slots) : nothing}
      <div class="layout">
        <div>${renderMonth({
          ...common, month: this._month!, focus: this._focus!, selected: this._day, today, counts, firstDayOfWeek: firstDay,
          canGoBack: this._month! > startOfMonth(today),
          onMonth: (step) => this.#goToMonth(addMonths(this._month!, step), addMonths(this._focus!, step)),
          onPick: (date) => this.#pickDay(date),
          onKey: (event) => void this.#onGridKey(event, firstDay, today),
        })}</div>
        <div>${renderTimes({
          ...common, day: this._day, slots: this._day && counts ? (slots?.get(this._day) ?? []) : undefined,
          monthEmpty: !!slots && this.#data.monthEmpty(slots), nextAvailable: this.#data.next.value,
          durations: this.actions.rescheduling ? [] : et.durations, duration: this._duration ?? et.defaultDuration, showSeats: et.seats > 1,
          timezonePicker: this.#picker.render(this.resolvedTimeZone, t),
          onDuration: (minutes) => { this._duration = minutes; this._day = undefined; },
          onSlot: (s) => this.#pickSlot(s),
          onJump: (date) => { this.#goToMonth(startOfMonth(date), date); this.#pickDay(date); },
        })}</div>
      </div>`;
  }

  // The form's rate choice and total for a priced event type; the total is the server's quote.
  #pricing(et: EventTypePublic) {
    if (!isPriced(et)) return undefined;
    const { locale, t } = this.#common();
    const quote = this.#data.quote.value;
    const currency = et.price?.currency ?? quote?.currency;
    const money = (amount: number) => (currency ? ` (${formatMoney(amount, currency, locale)})` : '');
    const roles = et.pricing.roles;
    return {
      roles: roles.length ? [...(et.price ? [{ value: '', label: t.standardRate + money(et.price.amount) }] : []),
        ...roles.map((r) => ({ value: r.role, label: r.label + money(r.amount) }))] : [],
      codeRequired: !!roles.find((r) => r.role === this._role)?.codeRequired,
      total: quote?.currency ? formatMoney(quote.amount, quote.currency, locale) : undefined,
      pay: (quote?.amount ?? et.price?.amount ?? 0) > 0,
      onRole: (role: string) => { this._role = role; },
      onSeats: (seats: number) => { if (Number.isInteger(seats) && seats > 0) this._seats = seats; },
    };
  }

  #goToMonth(month: DateKey, focus: DateKey): void {
    if (month !== this._month) this._day = undefined;
    this._month = month;
    this._focus = startOfMonth(focus) === month ? focus : month;
    this._notice = undefined;
  }

  #pickDay(date: DateKey): void {
    this._day = date;
    this._focus = date;
    const t = this.strings;
    this.announce(t.timesOn(t.available(this.#data.slots.value?.get(date)?.length ?? 0), formatDayName(date, this.resolvedLocale)));
  }

  #pickSlot(slot: Slot): void {
    this.dispatchEvent(new SlotSelectEvent({ start: slot.start, end: slot.end, duration: slotMinutes(slot) }));
    this._slot = slot;
    this._notice = undefined;
    this._seats = 1;
    // Without a standard rate the form's first choice is the first role.
    const et = this.#data.type.value;
    this._role = et && !et.price ? et.pricing.roles[0]?.role ?? '' : '';
    void this.show(this.actions.rescheduling ? 'move' : 'form', this.actions.rescheduling ? '#form-title' : '#name');
  }

  async #onGridKey(event: KeyboardEvent, firstDay: number, today: DateKey): Promise<void> {
    const from = (event.target as HTMLElement).dataset.date;
    if (!from) return;
    const rtl = textDirection(this.resolvedLocale) === 'rtl';
    let target = focusTarget(event.key, from, { firstDayOfWeek: firstDay, rtl, shiftKey: event.shiftKey });
    if (!target) return;
    event.preventDefault();
    if (target < startOfMonth(today)) target = startOfMonth(today);
    this.#goToMonth(startOfMonth(target), target);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-date="${target}"]`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-calendar': BookingCalendar;
  }
}
