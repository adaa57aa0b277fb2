import { Task } from '@lit/task';
import type { Payment } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { buildHash } from '../../app/routes.ts';
import type { Column } from '../../components/data-table.ts';
import '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import { PageElement } from '../../components/page-element.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { renderTask } from '../../components/task-states.ts';
import { formatDateTime, formatMoney } from '../../app/format.ts';
import { PAYMENT_STATUSES, STATUS_LABELS, statusBadge, type PaymentStatus } from './payment-status.ts';

const PAGE_SIZE = 25;

/**
 * `#/payments`: payments newest first, filtered by status (`?status=`), a page at a time
 * (`?cursor=`, with the cursors seen kept for "Previous").
 *
 * @summary The payments list.
 */
export class PaymentsPage extends PageElement {
  static override styles = [sharedStyles, css`
    .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin-bottom:1rem}
    .filters .field{display:flex;flex-direction:column;gap:.25rem}
    .pager{display:flex;gap:.5rem;justify-content:flex-end;margin-top:.75rem}
  `];

  /** Cursors of the pages before the current one, so "Previous" can go back. */
  #history: string[] = [];

  #page = new Task(this, {
    task: async ([api, status, cursor], { signal }) =>
      api.payments.list({ limit: PAGE_SIZE, ...(status ? { status: status as PaymentStatus } : {}), ...(cursor ? { cursor } : {}) }, { signal }),
    args: () => [this.api, this.params?.status ?? '', this.params?.cursor ?? ''] as const,
  });

  #go(query: { status?: string | undefined; cursor?: string | undefined }) {
    location.hash = buildHash('/payments', query);
  }

  #columns: Column<Payment>[] = [
    { key: 'amount', label: 'Amount', render: (p) => html`<a href="#/payments/${p.id}">${formatMoney(p)}</a>
      ${p.amountRefunded ? html`<div class="muted"><small>${formatMoney({ amount: p.amountRefunded, currency: p.currency })} refunded</small></div>` : nothing}` },
    { key: 'status', label: 'Status', render: (p) => html`<span class="badge ${statusBadge(p.status)}">${STATUS_LABELS[p.status]}</span>` },
    { key: 'booking', label: 'Booking', render: (p) => html`<a class="mono" href="#/bookings/${p.bookingUid}">${p.bookingUid}</a>` },
    { key: 'createdAt', label: 'Created', render: (p) => formatDateTime(p.createdAt, Intl.DateTimeFormat().resolvedOptions().timeZone) },
    { key: 'actions', label: 'Actions', hiddenLabel: true, render: (p) => html`<a class="button" href="#/payments/${p.id}" aria-label="Details of the payment of ${formatMoney(p)}">Details</a>` },
  ];

  protected override render() {
    const status = this.params?.status ?? '';
    const cursor = this.params?.cursor ?? '';
    return html`<sk-page-header heading="Payments" description="Card payments for paid event types, and their refunds."></sk-page-header>
      <div class="filters">
        <div class="field"><label for="status-filter">Status</label>
          <select id="status-filter" @change=${(e: Event) => { this.#history = []; this.#go({ status: (e.target as HTMLSelectElement).value }); }}>
            <option value="" ?selected=${status === ''}>All payments</option>
            ${PAYMENT_STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${STATUS_LABELS[s]}</option>`)}
          </select></div>
      </div>
      ${renderTask(this.#page, (page) => html`
        ${page.data.length === 0 ? html`<sk-state kind="empty" .message=${status ? `No ${STATUS_LABELS[status as PaymentStatus]?.toLowerCase() ?? ''} payments.` : 'No payments yet. They appear when customers book paid event types.'}></sk-state>`
          : html`<sk-data-table caption="Payments" caption-hidden .rows=${page.data} .columns=${this.#columns}></sk-data-table>`}
        <nav class="pager" aria-label="Pages">
          <button type="button" ?disabled=${!cursor} @click=${() => { const previous = this.#history.pop(); this.#go({ status, cursor: previous || undefined }); }}>Previous</button>
          <button type="button" ?disabled=${!page.nextCursor} @click=${() => { this.#history.push(cursor); this.#go({ status, cursor: page.nextCursor ?? undefined }); }}>Next</button>
        </nav>`, 'Loading payments…')}`;
  }
}

defineElement('sk-page-payments', PaymentsPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-payments': PaymentsPage;
  }
}
