import { Task } from '@lit/task';
import type { Result } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';
import { buildHash } from '../../app/routes.ts';
import type { Column } from '../../components/data-table.ts';
import '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import '../../components/dialog.ts';
import { PageElement } from '../../components/page-element.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import { sharedStyles } from '../../styles/shared.ts';
import { problemMessage } from '../../components/field-errors.ts';
import { formatDateTime } from '../../app/format.ts';

type Message = Result<'listOutbox'>['data'][number];
type MessageDetail = Result<'getOutboxMessage'>;
type Status = Message['status'];

const STATUSES: readonly Status[] = ['queued', 'sent', 'failed'];
const STATUS_LABELS: Record<Status, string> = { queued: 'Queued', sent: 'Sent', failed: 'Failed' };
const PAGE_SIZE = 25;
const when = (iso: string | null) => (iso ? formatDateTime(iso, Intl.DateTimeFormat().resolvedOptions().timeZone) : '—');

/**
 * `#/emails`: every email of the workspace (sent, queued or failed), filtered by status
 * and booking, a page at a time; a message opens with its HTML in a sandboxed frame, its
 * text and invite; failed ones can be sent again.
 *
 * @summary The email outbox.
 */
export class EmailsPage extends PageElement {
  static override properties = { ...PageElement.properties, viewing: { state: true }, view: { state: true } };
  static override styles = [sharedStyles, css`
    .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin-bottom:1rem}
    .filters .field{display:flex;flex-direction:column;gap:.25rem}
    .pager{display:flex;gap:.5rem;justify-content:flex-end;margin-top:.75rem}
    .tabs{display:flex;gap:.25rem;margin:.75rem 0 .5rem}
    .tabs button[aria-selected=true]{background:var(--sk-accent-soft);border-color:var(--sk-accent)}
    iframe{width:100%;height:min(60vh,32rem);border:1px solid var(--sk-border);border-radius:var(--sk-radius);background:#fff}
    pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;max-height:min(60vh,32rem);overflow:auto;padding:.6rem;background:var(--sk-surface-2);border-radius:var(--sk-radius);font-size:.85rem}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
    dt{color:var(--sk-muted)}dd{margin:0;overflow-wrap:anywhere}
  `];

  /** The message open in the viewer (loaded with its bodies), or its id while loading. */
  declare viewing: { id: string; message: MessageDetail | undefined; error: string | undefined } | undefined;
  /** Which body the viewer shows. */
  declare view: 'html' | 'text' | 'ics';
  #history: string[] = [];

  constructor() {
    super();
    this.view = 'html';
  }

  #page = new Task(this, {
    task: async ([api, status, booking, cursor], { signal }) => api.outbox.list({
      limit: PAGE_SIZE, ...(status ? { status: status as Status } : {}), ...(booking ? { booking } : {}), ...(cursor ? { cursor } : {}),
    }, { signal }),
    args: () => [this.api, this.params?.status ?? '', this.params?.booking ?? '', this.params?.cursor ?? ''] as const,
  });

  #go(query: Record<string, string | undefined>) {
    location.hash = buildHash('/emails', query);
  }

  async #open(id: string) {
    this.viewing = { id, message: undefined, error: undefined };
    this.view = 'html';
    try {
      this.viewing = { id, message: await this.api.outbox.get(id), error: undefined };
    } catch (error) {
      this.viewing = { id, message: undefined, error: problemMessage(error) };
    }
  }

  async #retry(message: Message) {
    try {
      await this.api.outbox.retry(message.id);
      showToast('Email queued again.');
      await this.#page.run();
      if (this.viewing?.id === message.id) await this.#open(message.id);
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  #columns: Column<Message>[] = [
    { key: 'subject', label: 'Email', render: (m) => html`<strong>${m.subject}</strong><div class="muted"><small>${m.kind} · ${m.locale}</small></div>` },
    { key: 'recipient', label: 'To', render: (m) => html`${m.recipient}<div class="muted"><small>${m.recipientRole === 'host' ? 'Host' : 'Customer'}</small></div>` },
    { key: 'status', label: 'Status', render: (m) => html`<span class="badge ${m.status === 'sent' ? 'succeeded' : m.status === 'failed' ? 'failed' : 'pending'}">${STATUS_LABELS[m.status]}</span>
      ${m.lastError ? html`<div class="error-text"><small>${m.lastError}</small></div>` : nothing}` },
    { key: 'createdAt', label: 'When', render: (m) => html`${when(m.createdAt)}${m.bookingUid ? html`<div class="muted"><small><a href="#/bookings/${m.bookingUid}">Booking</a></small></div>` : nothing}` },
    { key: 'actions', label: 'Actions', hiddenLabel: true, render: (m) => html`<span class="row">
      <button type="button" aria-label="View ${m.subject} to ${m.recipient}" @click=${() => this.#open(m.id)}>View</button>
      ${m.status === 'failed' && this.isAdmin ? html`<button type="button" aria-label="Retry ${m.subject} to ${m.recipient}" @click=${() => this.#retry(m)}>Retry</button>` : nothing}</span>` },
  ];

  protected override render() {
    const status = this.params?.status ?? '';
    const booking = this.params?.booking ?? '';
    const cursor = this.params?.cursor ?? '';
    return html`<sk-page-header heading="Emails" description="Confirmations, reminders and changes sent to customers and hosts."></sk-page-header>
      <form class="filters" role="search" @submit=${(e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        this.#history = [];
        this.#go({ status: String(data.get('status') ?? ''), booking: String(data.get('booking') ?? '').trim() });
      }}>
        <div class="field"><label for="email-status">Status</label>
          <select id="email-status" name="status" @change=${(e: Event) => (e.target as HTMLSelectElement).form?.requestSubmit()}>
            <option value="" ?selected=${!status}>All emails</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${STATUS_LABELS[s]}</option>`)}
          </select></div>
        <div class="field"><label for="email-booking">Booking</label><input id="email-booking" name="booking" placeholder="Booking uid" .value=${booking}></div>
        <button type="submit">Filter</button>
      </form>
      ${renderTask(this.#page, (page) => html`
        ${page.data.length === 0 ? html`<sk-state kind="empty" message="No emails match."></sk-state>`
          : html`<sk-data-table caption="Emails" caption-hidden .rows=${page.data} .columns=${this.#columns}></sk-data-table>`}
        <nav class="pager" aria-label="Pages">
          <button type="button" ?disabled=${!cursor} @click=${() => this.#go({ status, booking, cursor: this.#history.pop() || undefined })}>Previous</button>
          <button type="button" ?disabled=${!page.nextCursor} @click=${() => { this.#history.push(cursor); this.#go({ status, booking, cursor: page.nextCursor ?? undefined }); }}>Next</button>
        </nav>`, 'Loading emails…')}
      ${this.#viewer()}`;
  }

  #viewer() {
    const v = this.viewing;
    const m = v?.message;
    return html`<sk-dialog heading=${m?.subject ?? 'Email'} ?open=${v !== undefined} @close=${() => { this.viewing = undefined; }}>
      ${v?.error ? html`<p class="error-text" role="alert">${v.error}</p>` : !m ? html`<p role="status">Loading…</p>` : html`
        <dl>
          <dt>To</dt><dd>${m.recipient} (${m.recipientRole})</dd>
          <dt>Status</dt><dd>${STATUS_LABELS[m.status]}${m.sentAt ? `, ${when(m.sentAt)}` : ''}${m.provider ? ` via ${m.provider}` : ''}</dd>
          ${m.lastError ? html`<dt>Error</dt><dd class="error-text">${m.lastError}</dd>` : nothing}
        </dl>
        <div class="tabs" role="tablist" aria-label="Email body">
          ${(['html', 'text', ...(m.ics ? ['ics'] : [])] as const).map((tab) => html`<button type="button" role="tab" id="tab-${tab}" aria-controls="email-body"
            aria-selected=${this.view === tab ? 'true' : 'false'} @click=${() => { this.view = tab as 'html' | 'text' | 'ics'; }}>${tab === 'html' ? 'Email' : tab === 'text' ? 'Plain text' : 'Calendar invite'}</button>`)}
        </div>
        <div id="email-body" role="tabpanel" aria-labelledby="tab-${this.view}">
          ${this.view === 'html'
            // No scripts, no same-origin access, no forms: the email's HTML can only be looked at.
            ? html`<iframe sandbox="" title="Email as the recipient sees it" .srcdoc=${m.html}></iframe>`
            : html`<pre>${this.view === 'text' ? m.text : m.ics}</pre>`}
        </div>`}
      ${m && m.status === 'failed' && this.isAdmin ? html`<button slot="actions" type="button" class="primary" @click=${() => this.#retry(m)}>Retry</button>` : nothing}
    </sk-dialog>`;
  }
}

defineElement('sk-page-emails', EmailsPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-emails': EmailsPage;
  }
}
