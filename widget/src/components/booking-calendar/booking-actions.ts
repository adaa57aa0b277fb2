import {
  type Booking, type BookingCreated, BookingNotModifiableError, type EventTypePublic, SlotkitError, SlotUnavailableError, ValidationError,
} from '@slotkit/sdk';
import { html, type TemplateResult } from 'lit';
import { BeforeBookEvent } from '../../events/before-book.ts';
import { BookedEvent } from '../../events/booked.ts';
import { CancelledEvent } from '../../events/cancelled.ts';
import { SlotkitErrorEvent } from '../../events/error.ts';
import { RescheduledEvent } from '../../events/rescheduled.ts';
import type { BookingCalendar } from './booking-calendar.ts';
import { withoutSlotkitParams } from './checkout-return.ts';
import { bookingRequest, fieldOfPath, readForm, validateForm } from './form-values.ts';
import { isPriced } from './pricing.ts';
import { type Slot, slotMinutes } from './slot-months.ts';
import type { ManageStep } from './views/manage-view.ts';

/**
 * What `<booking-calendar>` sends to the API — a booking, a cancellation, a reschedule — with
 * the state around it (inline errors, sending, outcome), kept out of the element's class.
 */
export class BookingActions {
  #host: BookingCalendar;
  /** The booking just made (the done step). */
  created: BookingCreated | undefined;
  /** The managed booking after a change. */
  booking: Booking | undefined;
  /** Manage mode is picking a new time through the calendar. */
  rescheduling = false;
  #manageStep: ManageStep = 'overview';
  #errors: Record<string, string> = {};
  #sending = false;
  #sendError: string | undefined;

  constructor(host: BookingCalendar) {
    this.#host = host;
  }

  /** Forgets every outcome (another event type, workspace or booking). */
  reset(): void {
    this.created = undefined;
    this.booking = undefined;
    this.rescheduling = false;
    this.#manageStep = 'overview';
    this.#errors = {};
    this.#sendError = undefined;
  }

  /** Tells the page about a failure (`slotkit-error`); aborted requests are not failures. */
  report(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    this.#host.dispatchEvent(new SlotkitErrorEvent({ error, code: error instanceof SlotkitError ? error.code : 'unknown' }));
  }

  /** The booking form's state and handlers. */
  formView(eventType: EventTypePublic, slot: Slot) {
    const host = this.#host;
    return {
      eventType, errors: this.#errors, sending: this.#sending, sendError: this.#sendError, maxSeats: slot.seatsLeft,
      prefill: { name: host.name, email: host.email },
      onSubmit: (form: HTMLFormElement) => void this.#book(form, eventType, slot),
      onFieldBlur: (form: HTMLFormElement, field: string) => {
        // Only re-check a field that already shows an error, so nothing scolds while typing.
        if (!(field in this.#errors)) return;
        const errors = validateForm(readForm(form, eventType), eventType, slot.seatsLeft, host.strings);
        const { [field]: _, ...rest } = this.#errors;
        this.#setErrors(errors[field] ? { ...rest, [field]: errors[field] } : rest);
      },
    };
  }

  async #book(form: HTMLFormElement, eventType: EventTypePublic, slot: Slot): Promise<void> {
    const host = this.#host;
    const t = host.strings;
    const values = readForm(form, eventType);
    const errors = validateForm(values, eventType, slot.seatsLeft, t);
    this.#sendError = undefined;
    this.#setErrors(errors);
    if (Object.keys(errors).length > 0) return this.#focusFirstError(t.formHasErrors(Object.keys(errors).length));
    const request = bookingRequest({
      eventType, start: slot.start, duration: slotMinutes(slot), timezone: host.resolvedTimeZone, locale: host.resolvedLocale, values, metadata: host.metadata,
      // Checkout comes back to this page, without what an earlier return added.
      returnUrl: isPriced(eventType) ? withoutSlotkitParams(location.href) : undefined,
    });
    if (!host.dispatchEvent(new BeforeBookEvent({ request }))) return;
    await this.#send(async () => {
      const { booking, manageToken, payment } = await host.client().public(host.workspace ?? '').bookings.create(request);
      host.refreshSlots();
      const booked = new BookedEvent({ booking, manageToken });
      // A priced booking holds the slot until it is paid on Stripe Checkout: go and pay.
      if (payment) {
        host.dispatchEvent(booked);
        return host.checkout.leave(booking, manageToken, payment);
      }
      this.created = { booking, manageToken, payment };
      await host.show('done', '#done-title');
      host.announce(booking.status === 'pending_confirmation' ? t.bookingRequested : t.bookingConfirmed);
      host.dispatchEvent(booked);
    });
  }

  /** The manage view's state and handlers. */
  manageView(booking: Booking) {
    const host = this.#host;
    return {
      booking, step: this.#manageStep, sending: this.#sending, error: this.#sendError, canReschedule: !!host.workspace,
      onCancel: () => this.#manage('cancel', '#reason'),
      onBack: () => this.#manage('overview', '#manage-title'),
      onReschedule: () => {
        this.rescheduling = true;
        this.#sendError = undefined;
        host._duration = slotMinutes(booking);
        host.refreshSlots();
      },
      onConfirmCancel: (reason: string) => void this.#send(async () => {
        this.booking = await this.#managed().cancel(reason ? { reason } : {});
        await this.#manage('cancelled', '#manage-title');
        host.announce(host.strings.bookingCancelled);
        host.dispatchEvent(new CancelledEvent({ booking: this.booking }));
      }),
    };
  }

  /** The reschedule step after a new time was picked: its summary and "Confirm new time". */
  renderMoveConfirmation(summary: TemplateResult, slot: Slot): TemplateResult {
    const t = this.#host.strings;
    const move = () => this.#send(async () => {
      this.booking = await this.#managed().reschedule({ start: slot.start, duration: slotMinutes(slot) });
      this.stopRescheduling();
      await this.#manage('rescheduled', '#manage-title');
      this.#host.announce(t.bookingRescheduled);
      this.#host.dispatchEvent(new RescheduledEvent({ booking: this.booking }));
    });
    return html`${summary}
      ${this.#sendError ? html`<p class="notice error" part="error" role="alert">${this.#sendError}</p>` : ''}
      <div class="actions"><button class="btn" part="back-button" @click=${() => void this.#host.show('calendar')}>${t.back}</button>
      <button class="btn primary" part="submit" ?disabled=${this.#sending} @click=${move}>${t.confirmNewTime}</button></div>`;
  }

  /** Leaves the reschedule calendar for the manage view. */
  stopRescheduling(): void {
    this.rescheduling = false;
    this.#host.refreshSlots();
  }

  #managed() {
    return this.#host.client().manage(this.#host.bookingUid ?? '', this.#host.token ?? '');
  }

  async #manage(step: ManageStep, focus: string): Promise<void> {
    this.#manageStep = step;
    this.#sendError = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Runs a request with the sending flag set, turning failures into kind, specific messages. */
  async #send(run: () => Promise<void>): Promise<void> {
    const host = this.#host;
    const t = host.strings;
    this.#sending = true;
    this.#sendError = undefined;
    host.requestUpdate();
    try {
      await run();
    } catch (error) {
      this.report(error);
      if (error instanceof SlotUnavailableError) host.refreshSlots(t.slotTaken);
      else if (error instanceof BookingNotModifiableError) this.#sendError = t.notModifiable;
      else if (error instanceof ValidationError && error.errors.some((e) => fieldOfPath(e.path))) {
        this.#setErrors(Object.fromEntries(error.errors.flatMap((e) => { const f = fieldOfPath(e.path); return f ? [[f, e.message]] : []; })));
        await this.#focusFirstError(t.formHasErrors(Object.keys(this.#errors).length));
      } else this.#sendError = t.sendFailed;
    } finally {
      this.#sending = false;
      host.requestUpdate();
    }
  }

  #setErrors(errors: Record<string, string>): void {
    this.#errors = errors;
    this.#host.requestUpdate();
  }

  async #focusFirstError(message: string): Promise<void> {
    this.#host.announce(message);
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
