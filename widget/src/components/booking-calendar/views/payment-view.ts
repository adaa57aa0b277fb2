import type { Booking } from '@slotkit/sdk';
import { html, nothing } from 'lit';
import type { Strings } from '../../../strings/index.ts';
import type { PaymentStep } from '../checkout-flow.ts';
import { renderSummary } from './summary.ts';

/** What the payment step shows and does. */
export interface PaymentView {
  step: PaymentStep | undefined;
  returned: boolean;
  booking: Booking;
  heldUntil: string | undefined;
  sending: boolean;
  error: string | undefined;
  locale: string;
  timezone: string;
  t: Strings;
  onPay: () => void;
  onChooseAnother: () => void;
}

/**
 * A booking waiting for its payment: on the way to Checkout, back without paying ("Pay now",
 * "Choose another time", and until when the slot is held), or paid and being confirmed.
 */
export function renderPayment(v: PaymentView) {
  const { booking: b, t } = v;
  const unpaid = v.step === 'unpaid';
  return html`<section part="payment" aria-labelledby="pay-title">
    <h2 id="pay-title" tabindex="-1">${!unpaid ? t.paymentProcessing : v.returned ? t.paymentNotCompleted : t.continueToPayment}</h2>
    ${renderSummary({ title: b.eventType.title, start: b.start, end: b.end, locale: v.locale, timezone: v.timezone, t })}
    ${v.error ? html`<p class="notice error" part="error" role="alert">${v.error}</p>` : nothing}
    ${unpaid ? html`${v.heldUntil ? html`<p part="held">${t.heldUntil(v.heldUntil)}</p>` : nothing}
      <div class="actions"><button class="btn primary" part="submit pay-button" ?disabled=${v.sending} @click=${v.onPay}>${t.payNow}</button>
      <button class="btn" part="back-button" ?disabled=${v.sending} @click=${v.onChooseAnother}>${t.chooseAnotherTime}</button></div>`
    : html`<p class="muted">${t.sentTo(b.attendee.email)}</p>`}
  </section>`;
}
