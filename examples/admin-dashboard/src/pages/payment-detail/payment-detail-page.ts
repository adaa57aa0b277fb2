import { Task } from '@lit/task';
import type { Payment } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { defineElement } from '../../components/define-element.ts';
import { FormPage } from '../../components/form-page.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import { problemMessage, type FieldErrors } from '../../components/field-errors.ts';
import { formBanner, formStyles, textField } from '../../components/form-fields.ts';
import { formatDateTime, formatMoney } from '../../app/format.ts';
import { fromMinorUnits, toMinorUnits } from '../event-type-editor/money.ts';
import { STATUS_LABELS, statusBadge } from '../payments/payment-status.ts';

const REFUNDABLE: readonly Payment['status'][] = ['succeeded', 'partially_refunded'];

interface RefundForm {
  full: boolean;
  amount: string;
  reason: string;
}

const when = (iso: string | null) => (iso ? formatDateTime(iso, Intl.DateTimeFormat().resolvedOptions().timeZone) : '—');

/**
 * `#/payments/:id`: one payment, its refunds, and a refund action (everything left, or an
 * amount, with a reason); an amount above what is left is refused inline.
 *
 * @summary A payment's details and refunds.
 */
export class PaymentDetailPage extends FormPage {
  static override properties = { ...FormPage.properties, refund: { state: true } };
  static override styles = [sharedStyles, formStyles, css`
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1.25rem;margin:0}
    dt{color:var(--sk-muted)}dd{margin:0;overflow-wrap:anywhere}
    .layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,24rem);gap:1rem;align-items:start}
    form{display:flex;flex-direction:column;gap:.9rem}
    .big{font-size:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
    @media (max-width:50rem){.layout{grid-template-columns:minmax(0,1fr)}}
  `];

  declare refund: RefundForm;

  constructor() {
    super();
    this.refund = { full: true, amount: '', reason: '' };
  }

  #payment = new Task(this, {
    task: async ([api, id], { signal }) => api.payments.get(id, { signal }),
    args: () => [this.api, this.params?.id ?? ''] as const,
  });

  async #submit(event: Event, payment: Payment) {
    event.preventDefault();
    if (this.saving) return;
    const left = payment.amount - payment.amountRefunded;
    let amount: number | undefined;
    let errors: FieldErrors = {};
    if (!this.refund.full) {
      amount = toMinorUnits(this.refund.amount, payment.currency) ?? undefined;
      if (amount === undefined || amount <= 0) errors = { amount: `enter an amount like 10 or 10.50 in ${payment.currency.toUpperCase()}` };
      else if (amount > left) errors = { amount: `at most ${formatMoney({ amount: left, currency: payment.currency })} is left to refund` };
    }
    // Someone else refunded meanwhile: the amount field says what is left instead of a banner.
    const exceeded = (error: unknown) => (error as { code?: string }).code === 'refund_exceeds_payment';
    await this.submit(errors, async () => {
      await this.api.payments.refund(payment.id, { ...(amount === undefined ? {} : { amount }), ...(this.refund.reason.trim() ? { reason: this.refund.reason.trim() } : {}) });
      showToast('Refund issued.');
      this.refund = { full: true, amount: '', reason: '' };
      await this.#payment.run();
    }, {
      placeErrors: (apiErrors, error) => (exceeded(error) ? { amount: `more than is left to refund (${formatMoney({ amount: left, currency: payment.currency })})` } : apiErrors),
      describe: (error) => (exceeded(error) ? undefined : problemMessage(error)),
    });
  }

  protected override render() {
    return renderTask(this.#payment, (p) => this.#detail(p), 'Loading payment…');
  }

  #detail(p: Payment) {
    const left = p.amount - p.amountRefunded;
    const canRefund = this.isAdmin && REFUNDABLE.includes(p.status) && left > 0;
    return html`<sk-page-header heading=${`Payment of ${formatMoney(p)}`}><a slot="description" href="#/payments">All payments</a></sk-page-header>
      <div class="layout">
        <div class="stack">
          <section class="card stack" aria-labelledby="summary-h">
            <h2 id="summary-h">Summary</h2>
            <div class="row"><span class="big">${formatMoney(p)}</span><span class="badge ${statusBadge(p.status)}">${STATUS_LABELS[p.status]}</span></div>
            <dl>
              <dt>Refunded</dt><dd>${formatMoney({ amount: p.amountRefunded, currency: p.currency })}</dd>
              <dt>Booking</dt><dd><a class="mono" href="#/bookings/${p.bookingUid}">${p.bookingUid}</a></dd>
              <dt>Created</dt><dd>${when(p.createdAt)}</dd>
              <dt>Paid</dt><dd>${when(p.paidAt)}</dd>
              ${p.status === 'pending' ? html`<dt>Checkout expires</dt><dd>${when(p.expiresAt)}</dd>` : nothing}
              <dt>Stripe Checkout</dt><dd class="mono">${p.stripeCheckoutSessionId ?? '—'}</dd>
              <dt>Stripe payment</dt><dd class="mono">${p.stripePaymentIntentId ?? '—'}</dd>
            </dl>
          </section>
          <section class="card stack" aria-labelledby="refunds-h">
            <h2 id="refunds-h">Refunds</h2>
            ${p.refunds.length === 0 ? html`<p class="muted">No refunds.</p>` : html`<div class="table-wrap"><table>
              <caption class="sr-only">Refunds</caption>
              <thead><tr><th scope="col">Amount</th><th scope="col">Status</th><th scope="col">Reason</th><th scope="col">When</th></tr></thead>
              <tbody>${p.refunds.map((r) => html`<tr><td>${formatMoney({ amount: r.amount, currency: p.currency })}</td>
                <td><span class="badge ${r.status === 'succeeded' ? 'succeeded' : r.status === 'failed' ? 'failed' : 'pending'}">${r.status}</span></td>
                <td>${r.reason ?? '—'}</td><td>${when(r.createdAt)}</td></tr>`)}</tbody></table></div>`}
          </section>
        </div>
        ${canRefund ? html`<section class="card" aria-labelledby="refund-h">
          <form novalidate @submit=${(e: Event) => this.#submit(e, p)}>
            <h2 id="refund-h">Refund</h2>
            ${formBanner(this.banner)}
            <fieldset><legend>How much</legend>
              <div class="field inline"><input type="radio" id="refund-full" name="refund-kind" .checked=${live(this.refund.full)}
                @change=${() => { this.refund = { ...this.refund, full: true }; }}><label for="refund-full">Everything left (${formatMoney({ amount: left, currency: p.currency })})</label></div>
              <div class="field inline"><input type="radio" id="refund-partial" name="refund-kind" .checked=${live(!this.refund.full)}
                @change=${() => { this.refund = { ...this.refund, full: false, amount: this.refund.amount || fromMinorUnits(left, p.currency) }; }}><label for="refund-partial">Part of it</label></div>
            </fieldset>
            ${this.refund.full ? nothing : textField({ id: 'refund-amount', label: `Amount (${p.currency.toUpperCase()})`, value: this.refund.amount, required: true,
              error: this.errors.amount, hint: `Up to ${formatMoney({ amount: left, currency: p.currency })}.`, onInput: (amount) => { this.refund = { ...this.refund, amount }; } })}
            ${this.refund.full && this.errors.amount ? html`<p class="field-error" role="alert">${this.errors.amount}</p>` : nothing}
            ${textField({ id: 'refund-reason', label: 'Reason (optional)', value: this.refund.reason, error: this.errors.reason, multiline: true,
              onInput: (reason) => { this.refund = { ...this.refund, reason }; } })}
            <div><button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? 'Refunding…' : 'Refund'}</button></div>
          </form></section>` : nothing}
      </div>`;
  }
}

defineElement('sk-page-payment-detail', PaymentDetailPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-payment-detail': PaymentDetailPage;
  }
}
