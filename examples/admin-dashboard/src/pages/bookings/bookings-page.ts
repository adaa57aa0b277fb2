import { css, html } from 'lit';
import { Task } from '@lit/task';
import type { Booking, EventType, Host } from '@slotkit/sdk';
import '../../components/data-table.ts';
import '../../components/dialog.ts';
import '../../components/form-field.ts';
import '../../components/page-header.ts';
import type { Column, SelectionChangeEvent, SortEvent } from '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import type { Dialog } from '../../components/dialog.ts';
import { PageElement } from '../../components/page-element.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import { errorMessage, type BulkResult } from '../../app/api.ts';
import { downloadText } from '../../app/download.ts';
import { BOOKING_STATUSES, formatShortDateTime, STATUS_LABELS } from '../../app/format.ts';
import { buildHash } from '../../app/routes.ts';
import { zonedDate } from '../../app/zoned-time.ts';
import { sharedStyles } from '../../styles/shared.ts';
import { exportFileName, filtersFromParams, listQuery, type BookingFilters } from './booking-filters.ts';

const PAGE_SIZE = 25;
type BulkAction = 'cancel' | 'confirm' | 'decline';
const BULK_DONE: Record<BulkAction, string> = { cancel: 'cancelled', confirm: 'confirmed', decline: 'declined' };

/**
 * `#/bookings`: the workspace's bookings with filters kept in the URL, cursor paging, sorting
 * by start, bulk confirm / decline / cancel with a result per booking, and CSV export of
 * everything the filters match.
 */
export class BookingsPage extends PageElement {
  static override properties = {
    selected: { state: true }, bulkResults: { state: true }, bulkBusy: { state: true }, pendingAction: { state: true }, exporting: { state: true },
  };
  static override styles = [sharedStyles, css`
    .filters{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,11rem),1fr));align-items:end;margin-bottom:1rem}
    .filters .search{grid-column:span 2}
    @media (max-width:30rem){.filters .search{grid-column:auto}}
    .bulk{position:sticky;top:3.5rem;z-index:5;margin-bottom:.75rem;background:var(--sk-accent-soft);border-color:var(--sk-accent)}
    .results{margin-bottom:1rem}
    .results ul{margin:.5rem 0 0;padding-left:1.25rem}
    .paging{display:flex;justify-content:space-between;align-items:center;gap:.5rem;margin-top:.75rem;flex-wrap:wrap}
    .note{font-size:.9rem}
  `];
  declare selected: ReadonlySet<string>;
  declare bulkResults: { action: BulkAction; results: BulkResult[] } | undefined;
  declare bulkBusy: boolean;
  declare pendingAction: BulkAction | undefined;
  declare exporting: boolean;
  /** Cursors of the pages before this one, so "Previous" can go back. */
  #previous: (string | undefined)[] = [];
  #rows: Booking[] = [];

  constructor() {
    super();
    this.selected = new Set();
    this.bulkBusy = false;
    this.exporting = false;
  }

  get #timezone(): string {
    return this.session.workspace.timezone;
  }

  get #filters(): BookingFilters {
    return filtersFromParams(this.params);
  }

  #list = new Task(this, {
    task: async ([params, timezone], { signal }) => {
      const query = { ...listQuery(filtersFromParams(params), timezone), limit: PAGE_SIZE, ...(params.cursor ? { cursor: params.cursor } : {}) };
      return this.api.bookings.list(query, { signal });
    },
    args: () => [this.params, this.#timezone] as const,
  });

  #lookups = new Task(this, {
    task: async ([api], { signal }) => {
      const [eventTypes, hosts] = await Promise.all([api.eventTypes.list({}, { signal }), api.hosts.list({}, { signal })]);
      return { eventTypes: eventTypes.data as EventType[], hosts: hosts.data as Host[] };
    },
    args: () => [this.api] as const,
  });

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Another page or other filters: the old selection no longer names what is shown.
    if (changed.has('params')) this.selected = new Set();
  }

  #navigate(query: Record<string, string | undefined>) {
    location.hash = buildHash('/bookings', query);
  }

  #applyFilters(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query: Record<string, string | undefined> = {};
    for (const [key, value] of data) query[key] = String(value).trim() || undefined;
    this.#previous = [];
    this.#navigate({ ...query, sort: this.params.sort });
  }

  #clearFilters() {
    this.#previous = [];
    this.#navigate({});
  }

  #page(direction: 'next' | 'previous', nextCursor: string | null) {
    const base = { ...this.#filters, sort: this.params.sort };
    if (direction === 'next' && nextCursor) {
      this.#previous.push(this.params.cursor);
      this.#navigate({ ...base, cursor: nextCursor });
    } else {
      this.#navigate({ ...base, cursor: this.#previous.pop() });
    }
  }

  #sort(event: SortEvent) {
    this.#navigate({ ...this.#filters, cursor: this.params.cursor, sort: event.direction === 'desc' ? '-start' : undefined });
  }

  async #export() {
    this.exporting = true;
    try {
      const csv = await this.api.request<string>('GET', '/v1/bookings', { query: { ...listQuery(this.#filters, this.#timezone) }, headers: { accept: 'text/csv' } });
      downloadText(csv, exportFileName(this.#filters, zonedDate(new Date(), this.#timezone)), 'text/csv;charset=utf-8');
      showToast('Export downloaded.');
    } catch (error) {
      showToast(`Export failed: ${errorMessage(error)}`, 'error');
    } finally {
      this.exporting = false;
    }
  }

  #askBulk(action: BulkAction) {
    this.pendingAction = action;
    void this.updateComplete.then(() => this.renderRoot.querySelector<Dialog>('sk-dialog')?.show());
  }

  async #runBulk(event: SubmitEvent) {
    event.preventDefault();
    const action = this.pendingAction;
    if (!action) return;
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    this.bulkBusy = true;
    try {
      const { results } = await this.api.bookings.bulk({ action, uids: [...this.selected], ...(reason ? { reason } : {}) });
      this.bulkResults = { action, results };
      this.renderRoot.querySelector<Dialog>('sk-dialog')?.close();
      this.selected = new Set();
      this.#list.run();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.results h2')?.focus();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    } finally {
      this.bulkBusy = false;
    }
  }

  #columns(): Column<Booking>[] {
    const tz = this.#timezone;
    return [
      { key: 'start', label: 'Start', sortable: true, render: (b) => html`<a class="nowrap" href="#/bookings/${b.uid}">${formatShortDateTime(b.start, tz)}</a>` },
      { key: 'attendee', label: 'Attendee', render: (b) => html`<span class="cell-stack"><span>${b.attendee.name}</span><span class="muted">${b.attendee.email}</span></span>` },
      { key: 'eventType', label: 'Event type', render: (b) => b.eventType.title },
      { key: 'host', label: 'Host', render: (b) => b.host.name },
      { key: 'status', label: 'Status', render: (b) => html`<span class="badge ${b.status}">${STATUS_LABELS[b.status]}</span>` },
    ];
  }

  protected override render() {
    const filters = this.#filters;
    const active = Object.keys(filters).length > 0;
    return html`
      <sk-page-header heading="Bookings" description="Every booking of ${this.session.workspace.name}, in ${this.#timezone} time.">
        <a class="button" href="#/bookings/calendar">Calendar view</a>
        <button type="button" @click=${this.#export} ?disabled=${this.exporting}>${this.exporting ? 'Exporting…' : 'Export CSV'}</button>
      </sk-page-header>
      ${this.#filterForm(filters, active)}
      ${this.#bulkBar()}
      ${this.#bulkResults()}
      ${renderTask(this.#list, (page) => this.#table(page.data, page.nextCursor, active), 'Loading bookings…')}
      ${this.#bulkDialog()}`;
  }

  #filterForm(filters: BookingFilters, active: boolean) {
    const lookups = this.#lookups.value;
    const statusOptions = [{ value: '', label: 'Any status' }, ...BOOKING_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))];
    const eventTypeOptions = [{ value: '', label: 'Any event type' }, ...(lookups?.eventTypes ?? []).map((e) => ({ value: e.id, label: e.title }))];
    const hostOptions = [{ value: '', label: 'Any host' }, ...(lookups?.hosts ?? []).map((h) => ({ value: h.id, label: h.name }))];
    return html`<form class="filters card" role="search" aria-label="Filter bookings" @submit=${this.#applyFilters}>
      <sk-form-field label="Status" name="status" type="select" .options=${statusOptions} .value=${filters.status ?? ''}></sk-form-field>
      <sk-form-field label="From" name="from" type="date" .value=${filters.from ?? ''}></sk-form-field>
      <sk-form-field label="To" name="to" type="date" .value=${filters.to ?? ''}></sk-form-field>
      <sk-form-field label="Event type" name="eventType" type="select" .options=${eventTypeOptions} .value=${filters.eventType ?? ''}></sk-form-field>
      <sk-form-field label="Host" name="host" type="select" .options=${hostOptions} .value=${filters.host ?? ''}></sk-form-field>
      <sk-form-field class="search" label="Search" name="q" type="search" placeholder="Name, email or booking id" .value=${filters.q ?? ''}></sk-form-field>
      <div class="row">
        <button class="primary" type="submit">Apply filters</button>
        ${active ? html`<button type="button" @click=${this.#clearFilters}>Clear</button>` : ''}
      </div>
    </form>`;
  }

  #bulkBar() {
    if (!this.selected.size || !this.canWrite) return '';
    return html`<div class="bulk card row" role="region" aria-label="Bulk actions">
      <strong>${this.selected.size} selected</strong>
      <span class="spacer"></span>
      <button type="button" @click=${() => this.#askBulk('confirm')}>Confirm</button>
      <button type="button" @click=${() => this.#askBulk('decline')}>Decline</button>
      <button type="button" class="danger" @click=${() => this.#askBulk('cancel')}>Cancel bookings</button>
      <button type="button" class="link" @click=${() => { this.selected = new Set(); }}>Clear selection</button>
    </div>`;
  }

  #bulkResults() {
    if (!this.bulkResults) return '';
    const { action, results } = this.bulkResults;
    const ok = results.filter((r) => r.ok).length;
    const failed = results.filter((r): r is Extract<BulkResult, { ok: false }> => !r.ok);
    const name = (uid: string) => this.#rows.find((b) => b.uid === uid)?.attendee.name ?? uid;
    return html`<section class="results card" role="status">
      <h2 tabindex="-1">${ok} of ${results.length} ${BULK_DONE[action]}</h2>
      ${failed.length ? html`<p>${failed.length} could not be ${BULK_DONE[action]}:</p>
        <ul>${failed.map((r) => html`<li><a href="#/bookings/${r.uid}">${name(r.uid)}</a> — ${r.error.detail}</li>`)}</ul>` : ''}
      <button type="button" class="link" @click=${() => { this.bulkResults = undefined; }}>Dismiss</button>
    </section>`;
  }

  #bulkDialog() {
    const action = this.pendingAction;
    if (!action) return '';
    const verb = { cancel: 'Cancel', confirm: 'Confirm', decline: 'Decline' }[action];
    return html`<sk-dialog heading="${verb} ${this.selected.size} booking${this.selected.size === 1 ? '' : 's'}?" @close=${() => { this.pendingAction = undefined; }}>
      <form id="bulk-form" class="stack" @submit=${this.#runBulk}>
        <p>Each booking is ${BULK_DONE[action]} on its own; any that cannot be are listed afterwards. Customers are emailed.</p>
        ${action === 'confirm' ? '' : html`<sk-form-field label="Reason (optional, shown to customers)" name="reason" type="textarea" maxlength="500"></sk-form-field>`}
      </form>
      <button slot="actions" class="primary" type="submit" form="bulk-form" ?disabled=${this.bulkBusy}>${this.bulkBusy ? 'Working…' : verb}</button>
    </sk-dialog>`;
  }

  #table(rows: Booking[], nextCursor: string | null, filtered: boolean) {
    const descending = this.params.sort === '-start';
    this.#rows = descending ? [...rows].reverse() : rows;
    if (!rows.length && !this.params.cursor) {
      return html`<sk-state kind="empty" message=${filtered ? 'No bookings match these filters.' : 'No bookings yet. Share your booking page to get the first one.'}>
        ${filtered ? html`<button type="button" @click=${this.#clearFilters}>Clear filters</button>` : html`<a class="button" href="#/embed">Embed the booking widget</a>`}
      </sk-state>`;
    }
    const hasPrevious = Boolean(this.params.cursor);
    return html`
      ${descending ? html`<p class="note muted">Latest first within this page: the list itself pages from the earliest booking.</p>` : ''}
      <sk-data-table caption="Bookings" caption-hidden .columns=${this.#columns()} .rows=${this.#rows} .rowId=${(b: Booking) => b.uid}
        ?selectable=${this.canWrite} .selected=${this.selected} sort-key="start" sort-direction=${descending ? 'desc' : 'asc'}
        @sk-selection-change=${(e: SelectionChangeEvent) => { this.selected = e.selected; }} @sk-sort=${this.#sort}></sk-data-table>
      <nav class="paging" aria-label="Pages of bookings">
        <button type="button" ?disabled=${!hasPrevious} @click=${() => this.#page('previous', nextCursor)}>${this.#previous.length || !hasPrevious ? 'Previous' : 'First page'}</button>
        <span class="muted">${rows.length} shown</span>
        <button type="button" ?disabled=${!nextCursor} @click=${() => this.#page('next', nextCursor)}>Next</button>
      </nav>`;
  }
}

defineElement('sk-page-bookings', BookingsPage);

declare global {
  interface HTMLElementTagNameMap { 'sk-page-bookings': BookingsPage }
}
