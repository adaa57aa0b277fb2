import { type Booking, BookingNotModifiableError } from '@slotkit/sdk';
import { CheckoutEvent } from '../../events/checkout.ts';
import type { BookingCalendar } from './booking-calendar.ts';
import { checkoutReturn, type StoredCheckout, storeCheckout, storedCheckout, withoutSlotkitParams } from './checkout-return.ts';
import { formatTime } from './format.ts';

/** Which payment step shows: loading a returning booking, waiting to be paid, or paid but not yet confirmed. */
export type PaymentStep = 'checking' | 'unpaid' | 'processing';

/** How many times (a second apart) a paid return reads a booking again while Stripe's webhook has not confirmed it. */
const POLLS = 6;

/**
 * The paid part of `<booking-calendar>`: leaving for Stripe Checkout once a priced booking is
 * made (its manage token kept in sessionStorage), and coming back — paid (the confirmation,
 * once the webhook has landed), not paid (the slot is held: pay now or choose another time),
 * or too late (the hold ended: pick again).
 */
export class CheckoutFlow {
  #host: BookingCalendar;
  #stored: StoredCheckout | undefined;
  /** The payment step showing, if any. */
  step: PaymentStep | undefined;
  /** The booking being paid. */
  booking: Booking | undefined;
  /** The customer came back from Checkout (else they are about to go). */
  returned = false;
  #sending = false;
  #error: string | undefined;

  constructor(host: BookingCalendar) {
    this.#host = host;
  }

  /** Keeps the booking's token, tells the page (`slotkit-checkout`), and goes to Checkout unless the page prevented it. */
  leave(booking: Booking, token: string, payment: { checkoutUrl: string; expiresAt: string }): void {
    this.#stored = { uid: booking.uid, token, expiresAt: payment.expiresAt };
    storeCheckout(this.#host.workspace ?? '', this.#stored);
    this.booking = booking;
    this.#set('unpaid');
    if (this.#host.dispatchEvent(new CheckoutEvent({ booking, checkoutUrl: payment.checkoutUrl }))) location.assign(payment.checkoutUrl);
  }

  /** On load: shows the outcome when the page is a return from Checkout for a booking this tab kept. */
  async resume(): Promise<void> {
    const host = this.#host;
    const back = checkoutReturn(location.href);
    const stored = host.workspace ? storedCheckout(host.workspace) : undefined;
    if (!back || back.uid !== stored?.uid) return;
    // A reload must not replay the return, and a shared link must not carry it.
    history.replaceState(history.state, '', withoutSlotkitParams(location.href));
    this.#stored = stored;
    this.returned = true;
    this.#set('checking');
    try {
      let booking = await this.#managed().get();
      // Stripe redirects and sends its webhook independently: the redirect may arrive first.
      for (let i = 0; back.paid && booking.status === 'pending_payment' && i < POLLS; i++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        booking = await this.#managed().get();
      }
      this.#settle(booking, back.paid);
    } catch (error) {
      host.actions.report(error);
      this.#restart(host.strings.loadFailed);
    }
  }

  /** The payment view's state and handlers. */
  view() {
    const host = this.#host;
    const expiresAt = this.#stored?.expiresAt;
    return {
      step: this.step, returned: this.returned, booking: this.booking!, sending: this.#sending, error: this.#error,
      heldUntil: expiresAt ? formatTime(expiresAt, host.resolvedLocale, host.resolvedTimeZone) : undefined,
      onPay: () => this.#send(async () => this.leave(this.booking!, this.#stored!.token, await this.#managed().checkout())),
      onChooseAnother: () => this.#send(async () => {
        await this.#managed().cancel({});
        this.#restart();
      }),
    };
  }

  #settle(booking: Booking, paid: boolean): void {
    const host = this.#host;
    const t = host.strings;
    this.booking = booking;
    if (booking.status === 'cancelled' || booking.payment?.status === 'expired') return this.#restart(t.paymentExpired);
    if (booking.status === 'pending_payment') {
      this.#set(paid ? 'processing' : 'unpaid');
      host.announce(paid ? t.paymentProcessing : t.paymentNotCompleted);
      return;
    }
    storeCheckout(host.workspace ?? '', undefined);
    this.#set(undefined);
    host.actions.created = { booking, manageToken: this.#stored!.token, payment: null };
    void host.show('done', '#done-title');
    host.announce(booking.status === 'pending_confirmation' ? t.bookingRequested : t.bookingConfirmed);
  }

  /** Back to the calendar of the same event type, saying why when `notice` is given. */
  #restart(notice?: string): void {
    const host = this.#host;
    storeCheckout(host.workspace ?? '', undefined);
    if (!host.eventType && this.booking) host._picked = this.booking.eventType.slug;
    this.#set(undefined);
    host.refreshSlots(notice);
  }

  #managed() {
    return this.#host.client().manage(this.#stored!.uid, this.#stored!.token);
  }

  #set(step: PaymentStep | undefined): void {
    this.step = step;
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  async #send(run: () => Promise<void>): Promise<void> {
    this.#sending = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await run();
    } catch (error) {
      this.#host.actions.report(error);
      // The hold ended meanwhile (expired or cancelled elsewhere): nothing is left to pay or free.
      if (error instanceof BookingNotModifiableError) this.#restart(this.#host.strings.paymentExpired);
      else this.#error = this.#host.strings.sendFailed;
    } finally {
      this.#sending = false;
      this.#host.requestUpdate();
    }
  }
}
